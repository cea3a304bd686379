/**
 * A content problem names the file, the field and the fix. The build and `npm run check-content`
 * report the same list, every problem at once, so an author fixes them all in one pass.
 */
export interface ContentProblem {
  /** The file as the author sees it, e.g. "content/codes/409.mdx". */
  file: string;
  /** "causes.2", "related.0.code"; empty when the problem is the whole file. */
  field: string;
  message: string;
}

export const formatProblem = ({ file, field, message }: ContentProblem) =>
  field ? `${file}: field "${field}": ${message}` : `${file}: ${message}`;

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
