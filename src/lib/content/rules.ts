/**
 * The content rules a per-entry schema cannot express: they look at several fields, at the whole
 * collection, or at facts kept elsewhere (the IANA registry, the list of unofficial codes). Each
 * rule is a small function returning problems; `npm run build` (through the content-check
 * integration) and `npm run check-content` run the same list, so they always agree.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { inlinePlain } from './markdown.ts';
import type { ContentProblem } from './problems.ts';
import type { RegistryEntry, UnofficialEntry } from './registry.ts';
import { statusHeading, type RfcSections } from './rfc.ts';
import type { CodeData } from './schema.ts';

export interface CodeFile {
  /** Path as the author sees it, e.g. "content/codes/409.mdx". */
  file: string;
  data: CodeData;
  /** The MDX body under the frontmatter. */
  body: string;
}

export interface RuleContext {
  registry: readonly RegistryEntry[];
  unofficial: readonly UnofficialEntry[];
  /** Every code with a file on disk, checked now or not: related links to them are fine. */
  onDisk: ReadonlySet<number>;
  /** True when every file is being checked, so the rules about the whole collection apply. */
  complete: boolean;
  /** The RFCs kept in full text, by document ("RFC 9110"), as their section headings. */
  rfcs: ReadonlyMap<string, RfcSections>;
}

type Rule = (files: readonly CodeFile[], context: RuleContext) => ContentProblem[];

/** The scaffold's marker (scripts/new-code.ts): content that still holds it is unfinished. */
export const SCAFFOLD_MARKER = 'TODO:';

/** Longest MDX body: the body explains the code in two or three paragraphs. */
export const MAX_BODY = 4000;

/** Components an MDX body may use. None yet: a body is Markdown prose. */
const BODY_COMPONENTS: ReadonlySet<string> = new Set();

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx$/, '');

const fileNameMatchesCode: Rule = (files) =>
  files.flatMap(({ file, data }) =>
    baseName(file) === String(data.code)
      ? []
      : [
          {
            file,
            field: 'code',
            message: `is ${data.code} but the file is named ${baseName(file)}.mdx: rename the file to ${data.code}.mdx or fix the code`,
          },
        ],
  );

const oneFilePerCode: Rule = (files) => {
  const first = new Map<number, string>();
  return files.flatMap(({ file, data }) => {
    const earlier = first.get(data.code);
    if (!earlier) first.set(data.code, file);
    return earlier
      ? [{ file, field: 'code', message: `${data.code} is already defined in ${earlier}: keep one page per code` }]
      : [];
  });
};

/** Paths of string fields that still hold the scaffold marker, e.g. ["causes.0", "tip"]. */
export function unfinishedFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes(SCAFFOLD_MARKER) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unfinishedFields(item, [...path, String(i)]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => unfinishedFields(item, [...path, key]));
  return [];
}

const finished: Rule = (files) =>
  files.flatMap(({ file, data, body }) => [
    ...unfinishedFields(data).map((field) => ({ file, field, message: `still holds the scaffold's TODO: write it` })),
    ...(body.includes(SCAFFOLD_MARKER)
      ? [{ file, field: 'body', message: `still holds the scaffold's TODO: write the explanation` }]
      : []),
  ]);

const relatedCodesExist: Rule = (files, { onDisk }) =>
  files.flatMap(({ file, data }) =>
    data.related.flatMap(({ code }, i): ContentProblem[] => {
      const field = `related.${i}.code`;
      if (code === data.code) return [{ file, field, message: 'points to the page itself: remove the entry' }];
      if (!onDisk.has(code))
        return [
          {
            file,
            field,
            message: `is ${code}, which has no page: add content/codes/${code}.mdx or remove the entry`,
          },
        ];
      return [];
    }),
  );

/** The status a registered code's page must have, from the registry's annotation. */
function registryStatus(annotation: string | null): CodeData['status'] {
  if (annotation?.startsWith('TEMPORARY')) return 'temporary';
  if (annotation === 'OBSOLETED') return 'obsolete';
  if (annotation === 'Unused') return 'unused';
  return 'standard';
}

/** "RFC 9110" -> "https://www.rfc-editor.org/rfc/rfc9110" */
const rfcEditorUrl = (document: string) =>
  document.startsWith('RFC ') ? `https://www.rfc-editor.org/rfc/rfc${document.slice(4)}` : null;

const agreesWithRegistry: Rule = (files, { registry }) => {
  const entries = new Map(registry.map((entry) => [entry.code, entry]));
  return files.flatMap(({ file, data }): ContentProblem[] => {
    const entry = entries.get(data.code);
    const problem = (field: string, message: string) => ({ file, field, message });
    if (!entry)
      return data.status === 'unofficial'
        ? []
        : [problem('status', `is "${data.status}", but ${data.code} is not in the IANA registry: use "unofficial"`)];
    const { spec } = data;
    const expectedStatus = registryStatus(entry.annotation);
    const rfc = rfcEditorUrl(entry.document);
    const expiry = /expires (\d{4}-\d{2}-\d{2})/.exec(entry.annotation ?? '')?.[1];
    return [
      ...(data.name === entry.name
        ? []
        : [problem('name', `is "${data.name}"; the IANA registry says "${entry.name}"`)]),
      ...(data.status === expectedStatus
        ? []
        : [problem('status', `is "${data.status}"; the IANA registry makes it "${expectedStatus}"`)]),
      ...(spec?.document === entry.document
        ? []
        : [problem('spec.document', `is "${spec?.document ?? ''}"; the IANA registry cites "${entry.document}"`)]),
      ...(entry.section && spec?.section !== entry.section
        ? [problem('spec.section', `is "${spec?.section ?? ''}"; the IANA registry cites section ${entry.section}`)]
        : []),
      ...(spec && rfc && !spec.url.startsWith(`${rfc}#`) && spec.url !== rfc
        ? [problem('spec.url', `must point to ${entry.document} on rfc-editor.org (${rfc})`)]
        : []),
      ...(spec?.section && !spec.url.endsWith(`#section-${spec.section}`)
        ? [problem('spec.url', `must end with #section-${spec.section}, the section it cites`)]
        : []),
      ...(expiry && data.expires?.toISOString().slice(0, 10) !== expiry
        ? [problem('expires', `must be ${expiry}, the expiry the IANA registry states`)]
        : []),
    ];
  });
};

/** A page citing an RFC kept in full names the section headed with its own code and name. */
const citesItsOwnSection: Rule = (files, { rfcs }) =>
  files.flatMap(({ file, data }): ContentProblem[] => {
    const sections = data.spec && rfcs.get(data.spec.document);
    if (!data.spec?.section || !sections) return [];
    const wanted = statusHeading(data.code, data.name);
    const cited = sections.get(data.spec.section);
    if (cited === wanted) return [];
    const right = [...sections].find(([, heading]) => heading === wanted)?.[0];
    const message = `is ${data.spec.section}, but ${data.spec.document} section ${data.spec.section} is ${cited ? `"${cited}"` : 'not a section'}; ${
      right ? `"${wanted}" is section ${right}: cite that` : `${data.spec.document} has no section headed "${wanted}"`
    }`;
    return [{ file, field: 'spec.section', message }];
  });

/** A page's sources: unofficial codes need their vendor's word, and the defining section is not listed twice. */
const hasSources: Rule = (files) =>
  files.flatMap(({ file, data }): ContentProblem[] => [
    ...(data.status === 'unofficial' && data.sources.length === 0
      ? [
          {
            file,
            field: 'sources',
            message: "needs the vendor's own documentation or source: an unofficial code has no RFC",
          },
        ]
      : []),
    ...data.sources.flatMap((source, i) =>
      source.url === data.spec?.url
        ? [
            {
              file,
              field: `sources.${i}.url`,
              message: 'repeats spec.url, which the Sources section lists first anyway: remove it',
            },
          ]
        : [],
    ),
  ]);

/** Every code in the registry and in the unofficial list has a page; only when all files are checked. */
const everyKnownCodeHasAPage: Rule = (files, { registry, unofficial, onDisk, complete }) => {
  if (!complete) return [];
  const pages = new Map(files.map((f) => [f.data.code, f]));
  const missing = registry
    .filter((entry) => !onDisk.has(entry.code))
    .map((entry) => ({
      file: `content/codes/${entry.code}.mdx`,
      field: '',
      message: `is missing: ${entry.code} ${entry.name} is in the IANA registry (npm run new-code -- ${entry.code})`,
    }));
  const unnamed = unofficial.flatMap((entry): ContentProblem[] => {
    const page = pages.get(entry.code);
    const file = `content/codes/${entry.code}.mdx`;
    if (!onDisk.has(entry.code))
      return [
        {
          file,
          field: '',
          message: `is missing: ${entry.code} is sent by ${entry.vendor} (npm run new-code -- ${entry.code})`,
        },
      ];
    // A page on disk that failed the schema has its own problems already.
    if (!page) return [];
    const vendors = [page.data.vendor, ...page.data.otherMeanings.map((m) => m.vendor)]
      .flatMap((v) => (v ? [`${v.name} ${v.product}`.toLowerCase()] : []))
      .join(' | ');
    const key = entry.vendor.split(/[ /(]/)[0]?.toLowerCase() ?? '';
    return vendors.includes(key)
      ? []
      : [{ file, field: 'vendor', message: `names no "${entry.vendor}": add it as vendor or in otherMeanings` }];
  });
  return [...missing, ...unnamed];
};

/** No paragraph or list item of 60 characters or more appears on two pages. */
const saysItOnce: Rule = (files) => {
  const seen = new Map<string, string>();
  return files.flatMap(({ file, data, body }) => {
    const blocks: [string, string][] = [
      ...body.split(/\n\s*\n/).map((text): [string, string] => ['body', text]),
      ...data.causes.map((text, i): [string, string] => [`causes.${i}`, text]),
      ...data.fixes.client.map((text, i): [string, string] => [`fixes.client.${i}`, text]),
      ...data.fixes.server.map((text, i): [string, string] => [`fixes.server.${i}`, text]),
      ['example', data.example],
      ['tip', data.tip],
      ['retry', data.retry],
      ...data.faq.map(({ answer }, i): [string, string] => [`faq.${i}.answer`, answer]),
    ];
    return blocks.flatMap(([field, text]): ContentProblem[] => {
      const key = inlinePlain(text).replace(/\s+/g, ' ').trim().toLowerCase();
      if (key.length < 60) return [];
      const first = seen.get(key);
      if (first === undefined) seen.set(key, file);
      return first && first !== file
        ? [{ file, field, message: `repeats ${first} word for word ("${key.slice(0, 60)}…"): write it for this code` }]
        : [];
    });
  });
};

const hasCurlExample: Rule = (files) =>
  files.flatMap(({ file, data }) =>
    data.examples.some((e) => e.lang === 'bash' && /\bcurl\b/.test(e.code))
      ? []
      : [{ file, field: 'examples', message: 'needs a curl example (lang: bash) that shows the status line' }],
  );

type BodyNode = MdastNode & { children?: BodyNode[]; name?: string | null };

function* bodyNodes(node: BodyNode): Generator<BodyNode> {
  yield node;
  for (const child of node.children ?? []) yield* bodyNodes(child);
}

/** What an MDX body may not contain: raw HTML, scripts, imports, expressions, unknown components. */
function bodyNodeProblem(node: BodyNode): string | null {
  switch (node.type) {
    case 'html':
      return 'holds raw HTML: write Markdown instead';
    case 'mdxjsEsm':
      return 'holds an import or export: a body is prose, it uses no modules';
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return 'holds a {…} expression: write the text itself (or put { } inside `code`)';
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return BODY_COMPONENTS.has(node.name ?? '')
        ? null
        : `holds the element <${node.name ?? ''}>: raw HTML and components are not allowed in a body; write Markdown`;
    case 'heading':
      return 'holds a heading: the page adds the headings, so write paragraphs only';
    default:
      return null;
  }
}

/** Also checks the bodies of the other collections (src/lib/errors/rules.ts), which share the rule. */
export const safeBody = (files: readonly Pick<CodeFile, 'file' | 'body'>[]): ContentProblem[] =>
  files.flatMap(({ file, body }): ContentProblem[] => {
    if (body.length > MAX_BODY)
      return [{ file, field: 'body', message: `is ${body.length} characters: keep it under ${MAX_BODY}` }];
    let tree: BodyNode;
    try {
      tree = mdxToMdast(body) as BodyNode;
    } catch (error) {
      return [{ file, field: 'body', message: `is not valid MDX: ${(error as Error).message}` }];
    }
    const found = new Set([...bodyNodes(tree)].flatMap((node) => bodyNodeProblem(node) ?? []));
    return [...found].map((message) => ({ file, field: 'body', message }));
  });

const RULES: readonly Rule[] = [
  fileNameMatchesCode,
  oneFilePerCode,
  finished,
  relatedCodesExist,
  agreesWithRegistry,
  citesItsOwnSection,
  hasSources,
  everyKnownCodeHasAPage,
  saysItOnce,
  hasCurlExample,
  safeBody,
];

/** Every problem the rules find; an empty list means the files are consistent. */
export const codeRuleProblems = (files: readonly CodeFile[], context: RuleContext): ContentProblem[] =>
  RULES.flatMap((rule) => rule(files, context));
