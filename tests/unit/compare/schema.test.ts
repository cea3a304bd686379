import { describe, expect, it } from 'vitest';
import { comparisonId, comparisonSchema } from '../../../src/lib/compare/schema.ts';
import { friendlyErrors } from '../../../src/lib/content/schema.ts';
import { validComparison } from '../../fixtures/compare.ts';

/** The problems the schema reports, as "field: message". */
function problems(edit: (fm: Record<string, unknown>) => void): string[] {
  const frontmatter = validComparison();
  edit(frontmatter);
  const result = comparisonSchema.safeParse(frontmatter, { error: friendlyErrors });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the comparison schema', () => {
  it('accepts a complete comparison', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names a missing field and an unknown one as the fix', () => {
    expect(problems((fm) => delete fm['verdict'])).toEqual([
      'verdict: required field is missing: add it (string); src/lib/content/schema.ts describes every field',
    ]);
    expect(problems((fm) => (fm['verdikt'] = 'x'))).toEqual([
      ': unknown field "verdikt": remove it or fix the spelling; src/lib/content/schema.ts lists every field',
    ]);
  });

  it('wants the codes ascending, and one column per code in the same order', () => {
    expect(
      problems((fm) => {
        fm['codes'] = [412, 409, 422];
      }),
    ).toContain('codes: codes must be ascending and each listed once');
    expect(
      problems((fm) => {
        fm['columns'] = (fm['columns'] as unknown[]).slice(0, 2);
      }),
    ).toEqual(['columns: columns must be one per code in the order of codes (409, 412, 422); found 409, 412']);
  });

  it('needs between two and five codes', () => {
    expect(problems((fm) => (fm['codes'] = [409]))).toContain(
      'codes: codes needs at least 2 status codes: a comparison sets codes side by side',
    );
    expect(problems((fm) => (fm['codes'] = [400, 401, 402, 403, 404, 405]))).toContain(
      'codes: codes holds at most 5 status codes: split a larger comparison',
    );
  });

  it('gives the method row to every code or to none', () => {
    expect(
      problems((fm) => {
        (fm['columns'] as Record<string, unknown>[])[0]!['method'] = 'Kept.';
      }),
    ).toEqual(['columns: columns[].method is a row of the table: give it for every code or for none']);
  });

  it('keeps examples to the codes compared, with at least one for each', () => {
    expect(
      problems((fm) => {
        (fm['examples'] as Record<string, unknown>[])[2]!['code'] = 500;
      }),
    ).toEqual([
      'examples.2.code: examples[2].code 500 is not one of the codes compared (409, 412, 422)',
      'examples: examples has no situation where 422 is the right code: add one',
    ]);
  });

  it('needs a source, common mistakes and an FAQ', () => {
    expect(problems((fm) => (fm['sources'] = []))).toEqual([
      'sources: sources needs at least one primary document: the RFC sections or vendor docs the table rests on',
    ]);
    expect(problems((fm) => (fm['mistakes'] = ['One.']))).toEqual([
      'mistakes: mistakes needs at least 2 common mistakes',
    ]);
    expect(problems((fm) => (fm['faq'] = []))).toEqual([
      'faq: faq needs at least 3 questions and answers: the FAQ must not be empty',
    ]);
  });

  it('checks the inline Markdown of the prose', () => {
    expect(problems((fm) => (fm['verdict'] = 'Use <b>401</b>.'))[0]).toMatch(/^verdict: verdict /);
  });
});

describe('comparisonId', () => {
  it('joins the codes with -vs-, the file name and the URL segment', () => {
    expect(comparisonId([401, 403])).toBe('401-vs-403');
    expect(comparisonId([301, 302, 303, 307, 308])).toBe('301-vs-302-vs-303-vs-307-vs-308');
  });
});
