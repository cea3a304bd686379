/**
 * The code page's examples, grouped for its tabs: client code first (it makes the request), then
 * server code (it sends the status), and inside each side one tab per example, labelled by its
 * language. Authors rarely need to say which side an example is on: the side is read from the
 * language and the code, and `side` in the frontmatter overrides it where the guess is wrong.
 */
import { EXAMPLE_SIDES, type CodeData } from '../content/schema.ts';

export type Example = CodeData['examples'][number];
export type ExampleSide = (typeof EXAMPLE_SIDES)[number];

/** Languages that only ever configure or run a server. */
const SERVER_LANGUAGES: ReadonlySet<Example['lang']> = new Set(['nginx', 'apache', 'php']);

/**
 * Code that answers requests rather than making them: an Express, Node or Go handler, a Python web
 * framework, or a server that sets the status it sends.
 */
const SERVER_CODE = [
  /\b(require\(|from )['"](express|fastify|koa)['"]/,
  /\b(app|router)\.(get|post|put|patch|delete|use|all)\(/,
  /\bres\s*\.\s*(status|writeHead|set|redirect|sendStatus|format)\(/,
  /\bcreateServer\(/,
  /\bhttp\.ResponseWriter\b/,
  /\bListenAndServe/,
  /\b(FastAPI|Flask|Starlette)\(/,
  /^@(app|router)\./m,
  /\b(http\.server|BaseHTTPRequestHandler)\b/,
];

/** The side an example is on: its `side`, else server for server languages or handler code, else client. */
export function exampleSide(example: Example): ExampleSide {
  if (example.side) return example.side;
  if (SERVER_LANGUAGES.has(example.lang)) return 'server';
  if (example.lang === 'bash' || example.lang === 'http') return 'client';
  return SERVER_CODE.some((pattern) => pattern.test(example.code)) ? 'server' : 'client';
}

/** Tab labels by language; a shell example is "curl" when it runs curl. */
const LANGUAGE_LABELS: Record<Example['lang'], string> = {
  bash: 'Shell',
  http: 'HTTP',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  python: 'Python',
  go: 'Go',
  nginx: 'nginx',
  apache: 'Apache',
  php: 'PHP',
  java: 'Java',
  csharp: 'C#',
  ruby: 'Ruby',
  rust: 'Rust',
  json: 'JSON',
  yaml: 'YAML',
  ini: 'INI',
  text: 'Text',
};

export function languageLabel(example: Example): string {
  return example.lang === 'bash' && /^\s*curl\b/m.test(example.code) ? 'curl' : LANGUAGE_LABELS[example.lang];
}

export interface ExampleTab {
  example: Example;
  /** The tab's text: the language, numbered when the side has two in one language. */
  label: string;
}

export interface ExampleGroup {
  side: ExampleSide;
  /** "Client" or "Server". */
  title: string;
  tabs: ExampleTab[];
}

const SIDE_TITLES: Record<ExampleSide, string> = { client: 'Client', server: 'Server' };

/** The examples by side (client, then server; an empty side is left out), in the authors' order within a side. */
export function exampleGroups(examples: readonly Example[]): ExampleGroup[] {
  return EXAMPLE_SIDES.flatMap((side) => {
    const members = examples.filter((example) => exampleSide(example) === side);
    if (members.length === 0) return [];
    const labels = members.map(languageLabel);
    const tabs = members.map((example, i) => {
      const label = labels[i]!;
      const total = labels.filter((other) => other === label).length;
      const nth = labels.slice(0, i + 1).filter((other) => other === label).length;
      return { example, label: total > 1 ? `${label} ${nth}` : label };
    });
    return [{ side, title: SIDE_TITLES[side], tabs }];
  });
}
