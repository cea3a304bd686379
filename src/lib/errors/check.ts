/**
 * Reads and checks content/errors/*.mdx exactly as the build reads them, with the helpers the code
 * pages' check uses: the same frontmatter parser, the schema with the friendly messages, then the
 * rules in ./rules.ts. src/lib/content/check.ts runs it with everything else.
 */
import { existsSync } from 'node:fs';
import { CODES_DIR, listContentFiles, readContentFile, schemaProblems, type CheckResult } from '../content/check.ts';
import type { ContentProblem } from '../content/problems.ts';
import { friendlyErrors } from '../content/schema.ts';
import { errorRuleProblems, type ErrorFile } from './rules.ts';
import { errorSchema, SLUG } from './schema.ts';

export const ERRORS_DIR = 'content/errors/';

const FILE_NAME = new RegExp(`${SLUG.source.slice(0, -1)}\\.mdx$`);

const slugOf = (file: string) => file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);

export interface ErrorFiles {
  /** The files that passed the schema, ready for the rules. */
  valid: ErrorFile[];
  /** Problems with the files and with the schema. */
  problems: ContentProblem[];
  /** Every slug with a file on disk. */
  slugs: Set<string>;
}

/** Reads and validates content/errors/*.mdx; a project without that folder has no error pages. */
export async function readErrorFiles(root: URL): Promise<ErrorFiles> {
  if (!existsSync(new URL(ERRORS_DIR, root))) return { valid: [], problems: [], slugs: new Set() };
  const listed = await listContentFiles(
    root,
    ERRORS_DIR,
    FILE_NAME,
    'slug.mdx, lower-case words joined by hyphens, such as failed-to-fetch.mdx',
  );
  const problems: ContentProblem[] = [...listed.problems];
  const valid: ErrorFile[] = [];
  for (const file of listed.files) {
    const parsed = await readContentFile(root, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = errorSchema.safeParse(parsed.frontmatter, { error: friendlyErrors });
    if (result.success) valid.push({ file, slug: slugOf(file), data: result.data, body: parsed.body });
    else problems.push(...schemaProblems(file, result.error.issues));
  }
  return { valid, problems, slugs: new Set(listed.files.map(slugOf)) };
}

/** The status codes with a page, from the file names alone. */
async function codesOnDisk(root: URL): Promise<Set<number>> {
  const { files } = await listContentFiles(root, CODES_DIR, /^\d{3}\.mdx$/, 'NNN.mdx');
  return new Set(files.map((file) => Number(slugOf(file))));
}

/** Every problem in the error pages: files, schema and rules. */
export async function checkErrors(root: URL): Promise<CheckResult> {
  const { valid, problems, slugs } = await readErrorFiles(root);
  const rules = errorRuleProblems(valid, { codes: await codesOnDisk(root), slugs });
  return { problems: [...problems, ...rules], checked: slugs.size };
}
