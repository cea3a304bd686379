/**
 * Checks the comparison pages (content/compare/*.mdx) and the decision guide (content/choose.yaml)
 * as the build reads them: the schemas with the friendly messages, then the rules across files
 * (file names, codes with pages, the guide's graph). src/lib/content/check.ts runs it with the rest
 * of the content, so `npm run build` and `npm run check-content` report the same problems.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { guideProblems } from '../choose/rules.ts';
import { GUIDE_FILE, guideSchema } from '../choose/schema.ts';
import { CODES_DIR, listContentFiles, readContentFile, schemaProblems } from '../content/check.ts';
import type { ContentProblem } from '../content/problems.ts';
import { friendlyErrors } from '../content/schema.ts';
import { comparisonId, comparisonSchema, type ComparisonData } from './schema.ts';

export const COMPARE_DIR = 'content/compare/';

export interface ComparisonFile {
  file: string;
  data: ComparisonData;
}

/** Problems a single valid comparison file can have against the rest of the content. */
export function comparisonFileProblems({ file, data }: ComparisonFile, codes: ReadonlySet<number>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const expected = `${COMPARE_DIR}${comparisonId(data.codes)}.mdx`;
  if (file !== expected)
    problems.push({ file, field: 'codes', message: `does not match the file name: name the file ${expected}` });
  for (const [i, code] of data.codes.entries())
    if (!codes.has(code))
      problems.push({
        file,
        field: `codes.${i}`,
        message: `${code} has no code page: compare codes from content/codes/`,
      });
  return problems;
}

interface Checked {
  problems: ContentProblem[];
  checked: number;
}

async function checkComparisons(root: URL, codes: ReadonlySet<number>): Promise<Checked & { ids: Set<string> }> {
  const ids = new Set<string>();
  if (!existsSync(new URL(COMPARE_DIR, root))) return { problems: [], checked: 0, ids };
  const { files, problems } = await listContentFiles(
    root,
    COMPARE_DIR,
    /^\d{3}(-vs-\d{3})+\.mdx$/,
    'the codes ascending joined by -vs-, such as 401-vs-403.mdx',
  );
  for (const file of files) {
    // Known by its file even when invalid, so the guide's links to it are not reported as well.
    ids.add(file.slice(COMPARE_DIR.length, -'.mdx'.length));
    const parsed = await readContentFile(root, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    if (parsed.body.trim() !== '')
      problems.push({ file, field: 'body', message: 'has text under the frontmatter: the verdict goes in verdict' });
    const result = comparisonSchema.safeParse(parsed.frontmatter, { error: friendlyErrors });
    if (!result.success) {
      problems.push(...schemaProblems(file, result.error.issues));
      continue;
    }
    problems.push(...comparisonFileProblems({ file, data: result.data }, codes));
  }
  return { problems, checked: files.length, ids };
}

async function checkGuide(root: URL, codes: ReadonlySet<number>, comparisons: ReadonlySet<string>): Promise<Checked> {
  if (!existsSync(new URL(GUIDE_FILE, root))) return { problems: [], checked: 0 };
  let raw: unknown;
  try {
    raw = load(await readFile(new URL(GUIDE_FILE, root), 'utf8'));
  } catch (error) {
    const message = `is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
    return { problems: [{ file: GUIDE_FILE, field: '', message }], checked: 1 };
  }
  const result = guideSchema.safeParse(raw, { error: friendlyErrors });
  if (!result.success) return { problems: schemaProblems(GUIDE_FILE, result.error.issues), checked: 1 };
  return { problems: guideProblems(result.data, { codes, comparisons }), checked: 1 };
}

/** The codes with a page: a file content/codes/NNN.mdx (its own problems are the code check's). */
async function codesWithPages(root: URL): Promise<Set<number>> {
  const names = await readdir(new URL(CODES_DIR, root));
  return new Set(names.filter((name) => /^\d{3}\.mdx$/.test(name)).map((name) => Number(name.slice(0, 3))));
}

/** Every problem in the comparisons and the guide. */
export async function checkComparisonsAndGuide(root: URL): Promise<Checked> {
  const codes = await codesWithPages(root);
  const compare = await checkComparisons(root, codes);
  const guide = await checkGuide(root, codes, compare.ids);
  return { problems: [...compare.problems, ...guide.problems], checked: compare.checked + guide.checked };
}
