/**
 * The rules for error pages that their schema cannot express: they look at other files (the code
 * pages the page links to, the other error pages) or at several fields at once. The content check
 * (src/lib/content/check.ts) runs them in `npm run build` and `npm run check-content`.
 */
import type { ContentProblem } from '../content/problems.ts';
import { safeBody, unfinishedFields } from '../content/rules.ts';
import type { ErrorData } from './schema.ts';

export interface ErrorFile {
  /** Path as the author sees it, e.g. "content/errors/status-0.mdx". */
  file: string;
  /** The file name without .mdx: the page's URL segment. */
  slug: string;
  data: ErrorData;
  /** The MDX body under the frontmatter: what happened, in two or three paragraphs. */
  body: string;
}

export interface ErrorRuleContext {
  /** Every status code with a page. */
  codes: ReadonlySet<number>;
  /** Every error page slug on disk, valid or not: links to them are fine. */
  slugs: ReadonlySet<string>;
}

type Rule = (files: readonly ErrorFile[], context: ErrorRuleContext) => ContentProblem[];

/** Error pages rest on vendor documentation and source code, so they name at least two documents. */
export const MIN_SOURCES = 2;

const statusCodesHavePages: Rule = (files, { codes }) =>
  files.flatMap(({ file, data }) => {
    const seen = new Set<number>();
    return data.statusCodes.flatMap(({ code }, i): ContentProblem[] => {
      const field = `statusCodes.${i}.code`;
      if (seen.has(code)) return [{ file, field, message: `lists ${code} twice: keep one entry per code` }];
      seen.add(code);
      return codes.has(code)
        ? []
        : [{ file, field, message: `is ${code}, which has no page: use a code with a page in content/codes/` }];
    });
  });

const httpStatusIsListed: Rule = (files) =>
  files.flatMap(({ file, data }) =>
    data.httpStatus === undefined || data.statusCodes.some(({ code }) => code === data.httpStatus)
      ? []
      : [
          {
            file,
            field: 'httpStatus',
            message: `is ${data.httpStatus}, which statusCodes does not list: add it there with how it relates`,
          },
        ],
  );

const seeAlsoExists: Rule = (files, { slugs }) =>
  files.flatMap(({ file, slug, data }) =>
    data.seeAlso.flatMap((other, i): ContentProblem[] => {
      const field = `seeAlso.${i}`;
      if (other === slug) return [{ file, field, message: 'points to the page itself: remove the entry' }];
      return slugs.has(other)
        ? []
        : [{ file, field, message: `is "${other}", which has no page: add content/errors/${other}.mdx or remove it` }];
    }),
  );

const hasSources: Rule = (files) =>
  files.flatMap(({ file, data }) =>
    data.sources.length >= MIN_SOURCES
      ? []
      : [
          {
            file,
            field: 'sources',
            message: `names ${data.sources.length} document${data.sources.length === 1 ? '' : 's'}: cite at least ${MIN_SOURCES} primary sources (specs, vendor documentation, source files with versions)`,
          },
        ],
  );

const finished: Rule = (files) =>
  files.flatMap(({ file, data }) =>
    unfinishedFields(data).map((field) => ({ file, field, message: `still holds a TODO: write it` })),
  );

const RULES: readonly Rule[] = [
  statusCodesHavePages,
  httpStatusIsListed,
  seeAlsoExists,
  hasSources,
  finished,
  safeBody,
];

/** Every problem the rules find in the error pages; an empty list means they are consistent. */
export const errorRuleProblems = (files: readonly ErrorFile[], context: ErrorRuleContext): ContentProblem[] =>
  RULES.flatMap((rule) => rule(files, context));
