/**
 * Scaffolds content/codes/NNN.mdx with every field the schema needs. Facts that follow from the
 * registry or the number (name, spec, status, vendor) are filled in; prose
 * fields hold "TODO:" markers, which fail the build until they are written.
 *   npm run new-code -- 477
 *   npm run new-code -- 477 --name "Some Name" --vendor "Some Vendor"
 *   --dir DIR writes somewhere else than content/codes (used by the tests)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { parseRegistry, parseUnofficial } from '../src/lib/content/registry.ts';
import { SCAFFOLD_MARKER } from '../src/lib/content/rules.ts';
import { isoDate } from '../src/lib/site/dates.ts';

const root = new URL('../', import.meta.url);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, vendor: { type: 'string' }, dir: { type: 'string', default: 'content/codes' } },
});

const code = Number(positionals[0]);
if (!Number.isInteger(code) || code < 100 || code > 599) {
  console.error(
    `Usage: npm run new-code -- NNN [--name "Name"] [--vendor "Vendor"]\n"${positionals[0] ?? ''}" is not a status code between 100 and 599.`,
  );
  process.exit(1);
}

const read = (path: string) => readFile(new URL(path, root), 'utf8');
const registered = parseRegistry(await read('src/data/iana-http-status-codes.csv')).find((e) => e.code === code);
const unofficial = parseUnofficial(await read('src/data/unofficial-status-codes.csv')).find((e) => e.code === code);
const todo = (what: string) => `${SCAFFOLD_MARKER} ${what}`;
const today = isoDate(new Date());

const rfcUrl = (document: string, section: string | null) =>
  document.startsWith('RFC ')
    ? `https://www.rfc-editor.org/rfc/rfc${document.slice(4)}${section ? `#section-${section}` : ''}`
    : `https://datatracker.ietf.org/doc/${document}/`;

const frontmatter = {
  code,
  name: values.name ?? registered?.name ?? unofficial?.name ?? todo('the name'),
  status: registered ? 'standard' : 'unofficial',
  summary: todo('one sentence of 40 to 160 characters; it is also the meta description'),
  ...(registered
    ? {
        spec: {
          document: registered.document,
          ...(registered.section ? { section: registered.section } : {}),
          url: rfcUrl(registered.document, registered.section),
        },
      }
    : {
        vendor: {
          name: values.vendor ?? unofficial?.vendor ?? todo('who emits it'),
          product: todo('product and version'),
        },
      }),
  causes: [todo('a concrete cause'), todo('another cause'), todo('a third cause')],
  fixes: { client: [todo('a step for the caller')], server: [todo('a step for the site owner')] },
  examples: [{ title: 'See the status line with curl', lang: 'bash', code: `curl -i https://example.com/\n` }],
  example: todo('a concrete scenario'),
  tip: todo('one developer tip'),
  related: [
    { code: 0, note: todo('a related code and how it differs') },
    { code: 0, note: todo('another related code') },
  ],
  faq: [1, 2, 3].map((n) => ({ question: todo(`question ${n}?`), answer: todo('two to four sentences') })),
  headers: [],
  retry: todo('whether and how to retry'),
  browser: todo('what browsers and fetch() do'),
  lastUpdated: today,
};

const body = `\n${todo('two or three paragraphs on what the code means and when it is used.')}\n`;
const target = `${values.dir.replace(/\/+$/, '')}/${code}.mdx`;
const file = new URL(target, root);
try {
  await writeFile(file, `---\n${dump(frontmatter, { lineWidth: -1 })}---\n${body}`, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${target} already exists: edit it instead.`);
    process.exit(1);
  }
  throw error;
}
console.log(
  `Created ${target}. Replace every "TODO:" (see content/STYLE.md), then run npm run check-content -- ${code}.`,
);
