/**
 * The content model of a comparison page: `content/compare/401-vs-403.mdx` frontmatter. Only what
 * a comparison adds is typed here; each code's name, summary, cacheability, headers and spec come
 * from its own code page (src/lib/views/compare.ts joins them), so no fact is written twice.
 */
import { z } from 'astro/zod';
import { faqList, inlineText, label, sourceList, summarySchema } from '../content/schema.ts';

/** How many codes one comparison sets side by side: a pair, up to the five redirect codes. */
export const MIN_CODES = 2;
export const MAX_CODES = 5;

const statusCode = (what: string) =>
  z
    .int(`${what} must be a status code number such as 401`)
    .min(100, `${what} must be between 100 and 599`)
    .max(599, `${what} must be between 100 and 599`);

/** One column of the table: what the comparison says about one code. */
const columnSchema = z.strictObject({
  code: statusCode('columns[].code'),
  sender: inlineText('columns[].sender').describe('Who sends it: the application, a proxy, a CDN, nobody'),
  client: inlineText('columns[].client').describe('What the client should do on receiving it'),
  retry: inlineText('columns[].retry').describe('Whether a retry can succeed, and when'),
  method: inlineText('columns[].method')
    .optional()
    .describe('Redirects only: what happens to the method and body when the client follows it'),
});

export const comparisonSchema = z
  .strictObject({
    codes: z
      .array(statusCode('codes[]'))
      .min(MIN_CODES, `codes needs at least ${MIN_CODES} status codes: a comparison sets codes side by side`)
      .max(MAX_CODES, `codes holds at most ${MAX_CODES} status codes: split a larger comparison`)
      .describe('The codes compared, ascending; the file name is them joined by "-vs-"'),
    question: label('question', 120).describe('The question the page answers, e.g. "401 or 403?"'),
    summary: summarySchema.describe('One sentence; the lede and the meta description'),
    searchTerms: z
      .array(label('searchTerms[]', 60))
      .max(12, 'searchTerms holds at most 12 phrases')
      .default([])
      .describe('Phrases people type besides "A vs B" and "A or B", which the page derives itself'),
    verdict: inlineText('verdict').describe('One paragraph: use X when ..., Y when ...'),
    columns: z.array(columnSchema).describe('One per code, in the order of codes'),
    examples: z
      .array(
        z.strictObject({
          situation: inlineText('examples[].situation').describe('A real API situation'),
          code: statusCode('examples[].code').describe('The right code for it, one of codes'),
          why: inlineText('examples[].why').describe('Why that code and not the others'),
        }),
      )
      .min(3, 'examples needs at least 3 worked situations, each with the right code')
      .describe('Worked examples of real API situations'),
    mistakes: z
      .array(inlineText('mistakes[]'))
      .min(2, 'mistakes needs at least 2 common mistakes')
      .describe('The usual wrong choices, and why they hurt'),
    faq: faqList,
    sources: sourceList,
    lastUpdated: z.coerce.date('lastUpdated must be a date such as 2026-12-04'),
  })
  .superRefine((data, ctx) => {
    if (data.sources.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'sources needs at least one primary document: the RFC sections or vendor docs the table rests on',
      });
    const ascending = data.codes.every((code, i) => i === 0 || code > (data.codes[i - 1] ?? 0));
    if (!ascending)
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'codes must be ascending and each listed once' });
    const columns = data.columns.map((column) => column.code);
    if (columns.join() !== data.codes.join())
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message: `columns must be one per code in the order of codes (${data.codes.join(', ')}); found ${columns.join(', ') || 'none'}`,
      });
    const withMethod = data.columns.filter((column) => column.method !== undefined).length;
    if (withMethod !== 0 && withMethod !== data.columns.length)
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message: 'columns[].method is a row of the table: give it for every code or for none',
      });
    data.examples.forEach((example, i) => {
      if (!data.codes.includes(example.code))
        ctx.addIssue({
          code: 'custom',
          path: ['examples', i, 'code'],
          message: `examples[${i}].code ${example.code} is not one of the codes compared (${data.codes.join(', ')})`,
        });
    });
    for (const code of data.codes)
      if (!data.examples.some((example) => example.code === code))
        ctx.addIssue({
          code: 'custom',
          path: ['examples'],
          message: `examples has no situation where ${code} is the right code: add one`,
        });
  });

export type ComparisonData = z.output<typeof comparisonSchema>;

/** The file name and the URL segment of a comparison: "401-vs-403". */
export const comparisonId = (codes: readonly number[]) => codes.join('-vs-');
