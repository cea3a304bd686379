/**
 * Checks the content files on disk exactly as the build reads them: Astro's own frontmatter parser,
 * the collection schema with the friendly messages passed per parse, then every rule in ./rules.ts
 * and the checks on the files themselves (names, encoding, symbolic links). The content-check
 * integration runs it before `astro build` renders anything, and `npm run check-content` runs it on
 * its own, so both print the same problems.
 */
import { existsSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { parseFrontmatter } from 'astro/markdown';
import { checkComparisonsAndGuide } from '../compare/check.ts';
import { CLASSES } from './classes.ts';
import type { ContentProblem } from './problems.ts';
import { parseRegistry, parseUnofficial } from './registry.ts';
import { rfcSections, type RfcSections } from './rfc.ts';
import { codeRuleProblems, type CodeFile } from './rules.ts';
import { classSchema, codeSchema, friendlyErrors } from './schema.ts';
import { checkErrors } from '../errors/check.ts';

export const CODES_DIR = 'content/codes/';
export const CLASSES_DIR = 'content/classes/';
export const REVIEWS_DIR = 'content/reviews/';
const PUBLIC_DIR = 'public/';

export interface CheckOptions {
  /** The project folder. */
  root: URL;
  /** Check only these codes; the rules about the whole collection are then left out. */
  only?: readonly number[] | undefined;
}

export interface CheckResult {
  problems: ContentProblem[];
  /** How many content files were read. */
  checked: number;
}

type Parsed = { frontmatter: unknown; body: string } | { problem: ContentProblem };

/** Reads one content file the way Astro's loader does; a file Astro would misread is a problem. */
export async function readContentFile(root: URL, file: string): Promise<Parsed> {
  const text = await readFile(new URL(file, root), 'utf8');
  const problem = (message: string): Parsed => ({ problem: { file, field: '', message } });
  if (text.startsWith('\uFEFF')) return problem('starts with a byte-order mark: save it as UTF-8 without a BOM');
  if (!/^---\r?\n/.test(text)) return problem('has no frontmatter: the file must start with a --- line');
  try {
    const { frontmatter, content } = parseFrontmatter(text);
    return { frontmatter, body: content };
  } catch (error) {
    return problem(`has frontmatter that is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

export function schemaProblems(
  file: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
): ContentProblem[] {
  return issues.map((issue) => ({ file, field: issue.path.map(String).join('.'), message: issue.message }));
}

/** Files in a content folder: the ones that follow `pattern`, and a problem for every other entry. */
export async function listContentFiles(root: URL, dir: string, pattern: RegExp, expected: string) {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  for (const entry of await readdir(new URL(dir, root), { withFileTypes: true })) {
    const file = `${dir}${entry.name}`;
    if (!entry.isFile())
      problems.push({ file, field: '', message: 'is not a regular file: content folders hold only plain files' });
    else if (pattern.test(entry.name)) files.push(file);
    else problems.push({ file, field: '', message: `is not a content file: name it ${expected} (lower case)` });
  }
  return { files: files.sort(), problems };
}

/** Symbolic links under public/: Astro copies what they point to into the build, from anywhere. */
async function publicLinks(root: URL): Promise<ContentProblem[]> {
  const entries = await readdir(new URL(PUBLIC_DIR, root), { recursive: true });
  const links = await Promise.all(
    entries.map(async (name) => ((await lstat(new URL(`${PUBLIC_DIR}${name}`, root))).isSymbolicLink() ? name : null)),
  );
  return links.flatMap((name) =>
    name === null
      ? []
      : [
          {
            file: `${PUBLIC_DIR}${name}`,
            field: '',
            message: 'is a symbolic link: the build would copy whatever it points to; put a real file here',
          },
        ],
  );
}

async function checkClasses(root: URL): Promise<CheckResult> {
  const { files, problems } = await listContentFiles(root, CLASSES_DIR, /^[1-5]xx\.mdx$/, 'Nxx.mdx, such as 4xx.mdx');
  for (const cls of CLASSES)
    if (!files.includes(`${CLASSES_DIR}${cls.id}.mdx`))
      problems.push({
        file: `${CLASSES_DIR}${cls.id}.mdx`,
        field: '',
        message: `is missing: every class needs its explanation`,
      });
  for (const file of files) {
    const parsed = await readContentFile(root, file);
    if ('problem' in parsed) problems.push(parsed.problem);
    else {
      const result = classSchema.safeParse(parsed.frontmatter, { error: friendlyErrors });
      if (!result.success) problems.push(...schemaProblems(file, result.error.issues));
    }
  }
  return { problems, checked: files.length };
}

export interface CodeFiles {
  /** The files that passed the schema, ready for the rules. */
  valid: CodeFile[];
  /** Problems with the files and with the schema. */
  problems: ContentProblem[];
  /** Every code with a file on disk. */
  onDisk: Set<number>;
  /** How many files were read. */
  read: number;
}

/** Reads and validates content/codes/*.mdx (or only the codes in `only`), as the build reads them. */
export async function readCodeFiles(root: URL, only?: readonly number[]): Promise<CodeFiles> {
  const listed = await listContentFiles(root, CODES_DIR, /^\d{3}\.mdx$/, 'NNN.mdx, such as 409.mdx');
  const codeOf = (file: string) => Number(file.slice(CODES_DIR.length, -'.mdx'.length));
  const onDisk = new Set(listed.files.map(codeOf));
  const files = only ? only.map((code) => `${CODES_DIR}${code}.mdx`) : listed.files;
  const problems: ContentProblem[] = only ? [] : listed.problems;
  const valid: CodeFile[] = [];
  for (const file of files) {
    if (!onDisk.has(codeOf(file))) {
      problems.push({ file, field: '', message: `does not exist: create it with npm run new-code -- ${codeOf(file)}` });
      continue;
    }
    const parsed = await readContentFile(root, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = codeSchema.safeParse(parsed.frontmatter, { error: friendlyErrors });
    if (result.success) valid.push({ file, data: result.data, body: parsed.body });
    else problems.push(...schemaProblems(file, result.error.issues));
  }
  return { valid, problems, onDisk, read: files.length };
}

/** The RFCs kept in full in src/data/rfc/ ("rfc9110.txt" is "RFC 9110"), as their headings. */
async function readRfcs(root: URL): Promise<Map<string, RfcSections>> {
  const dir = new URL('src/data/rfc/', root);
  const names = existsSync(dir) ? (await readdir(dir)).filter((name) => /^rfc\d+\.txt$/.test(name)) : [];
  return new Map(
    await Promise.all(
      names.map(
        async (name) => [`RFC ${name.slice(3, -4)}`, rfcSections(await readFile(new URL(name, dir), 'utf8'))] as const,
      ),
    ),
  );
}

/** Every code page has a review log (content/reviews/NNN.md) with at least one dated entry. */
async function reviewLogProblems(root: URL, files: readonly CodeFile[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  for (const { data } of files) {
    const log = `${REVIEWS_DIR}${data.code}.md`;
    const text = await readFile(new URL(log, root), 'utf8').catch(() => null);
    if (text === null)
      problems.push({
        file: log,
        field: '',
        message: `is missing: write what the page was checked against, under a dated "## YYYY-MM-DD" heading`,
      });
    else if (!/^## \d{4}-\d{2}-\d{2}\b/m.test(text))
      problems.push({
        file: log,
        field: '',
        message: 'has no dated entry: start each review with a "## YYYY-MM-DD" heading',
      });
  }
  return problems;
}

async function checkCodes(root: URL, only: readonly number[] | undefined): Promise<CheckResult> {
  const { valid, problems, onDisk, read } = await readCodeFiles(root, only);
  const data = (name: string) => readFile(new URL(`src/data/${name}`, root), 'utf8');
  const rules = codeRuleProblems(valid, {
    registry: parseRegistry(await data('iana-http-status-codes.csv')),
    unofficial: parseUnofficial(await data('unofficial-status-codes.csv')),
    onDisk,
    complete: !only,
    rfcs: await readRfcs(root),
  });
  const logs = await reviewLogProblems(root, valid);
  return { problems: [...problems, ...rules, ...logs], checked: read };
}

/** Every problem in the content (all of it, or the codes in `only`), in one list. */
export async function checkContent({ root, only }: CheckOptions): Promise<CheckResult> {
  const results = [await checkCodes(root, only), ...(only ? [] : [await checkClasses(root), await checkErrors(root)])];
  if (!only) results.push(await checkComparisonsAndGuide(root));
  const links = only ? [] : await publicLinks(root);
  return {
    problems: [...results.flatMap((r) => r.problems), ...links],
    checked: results.reduce((sum, r) => sum + r.checked, 0),
  };
}
