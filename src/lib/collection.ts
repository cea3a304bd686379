/**
 * Checks that need the whole collection, which a per-entry schema cannot express:
 * the file name equals the code, no code appears twice, and every related code exists.
 */
import { codeSchema, type CodeData } from './schema.ts';
import { unfinishedFields } from './defaults.ts';

export interface CodeFile {
  /** Path as the author sees it, e.g. "content/codes/409.mdx". */
  file: string;
  data: CodeData;
}

export interface RawCodeFile {
  file: string;
  frontmatter: unknown;
}

export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(
      `Status-code content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.mdx?$/, '');

/**
 * Returns one message per problem; an empty list means the collection is consistent.
 * `otherPages` are codes whose files exist but failed validation: related links to them are fine.
 */
export function collectionProblems(files: readonly CodeFile[], otherPages: Iterable<number> = []): string[] {
  const problems: string[] = [];
  const byCode = new Map<number, string>();
  const existing = new Set(otherPages);
  for (const { file, data } of files) {
    if (baseName(file) !== String(data.code))
      problems.push(
        `${file}: field "code" is ${data.code} but the file is named ${baseName(file)}; rename the file to ${data.code}.mdx or fix the code`,
      );
    const first = byCode.get(data.code);
    if (first) problems.push(`${file}: code ${data.code} is already defined in ${first}; keep one page per code`);
    else byCode.set(data.code, file);
  }
  for (const { file, data } of files) {
    for (const field of unfinishedFields(data))
      problems.push(`${file}: field "${field}" still holds the scaffold's TODO: write the content`);
    data.related.forEach(({ code }, i) => {
      if (code === data.code) problems.push(`${file}: field "related[${i}]" points to the page itself; remove it`);
      else if (!byCode.has(code) && !existing.has(code))
        problems.push(
          `${file}: field "related[${i}].code" is ${code}, which has no page; add content/codes/${code}.mdx or remove the entry`,
        );
    });
  }
  return problems;
}

/** Throws a ContentError listing every problem, so an author fixes them all in one pass. */
export function assertCollection(files: readonly CodeFile[]): void {
  const problems = collectionProblems(files);
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Validates raw frontmatter the way the build does, with messages that name the file and field.
 * Used by tests and by the content check that runs without a build.
 */
export function parseCodeFiles(raw: readonly RawCodeFile[]): CodeFile[] {
  const problems: string[] = [];
  const parsed: CodeFile[] = [];
  const invalid: number[] = [];
  for (const { file, frontmatter } of raw) {
    const result = codeSchema.safeParse(frontmatter);
    if (result.success) parsed.push({ file, data: result.data });
    else {
      invalid.push(Number(baseName(file)));
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
        problems.push(`${file}: field "${field}": ${issue.message}`);
      }
    }
  }
  problems.push(...collectionProblems(parsed, invalid));
  if (problems.length > 0) throw new ContentError(problems);
  return parsed;
}
