import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema.ts';
import { ContentError, parseCodeFiles } from '../../src/lib/collection.ts';
import { validFiles, validFrontmatter } from '../fixtures/code-data.ts';

/** Parses one broken variant of the valid fixture set and returns the error messages. */
function problemsFor(mutate: (fm: Record<string, unknown>) => void, file = 'content/codes/409.mdx'): string[] {
  const files = validFiles();
  const target = files[0]!;
  target.file = file;
  mutate(target.frontmatter);
  try {
    parseCodeFiles(files);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

describe('code schema', () => {
  it('accepts a complete page and applies defaults', () => {
    const data = codeSchema.parse(validFrontmatter());
    expect(data.formerNames).toEqual([]);
    expect(data.headers).toEqual([]);
    expect(data.lastUpdated).toEqual(new Date('2026-11-25'));
  });

  it('accepts a consistent set of files', () => {
    expect(parseCodeFiles(validFiles()).map((f) => f.data.code)).toEqual([409, 412, 422]);
  });

  it('accepts an unofficial code with a vendor and no spec', () => {
    const fm = validFrontmatter(499);
    delete fm['spec'];
    fm['status'] = 'unofficial';
    fm['vendor'] = { name: 'nginx', product: 'nginx (all versions)' };
    expect(codeSchema.safeParse(fm).success).toBe(true);
  });

  it('names a missing field', () => {
    const problems = problemsFor((fm) => delete fm['causes']);
    expect(problems).toEqual([
      expect.stringMatching(/content\/codes\/409\.mdx: field "causes": required field is missing: add it/),
    ]);
  });

  it('names a field of the wrong type', () => {
    const problems = problemsFor((fm) => (fm['sources'] = [{ title: 'RFC 9110', url: 'http://example.org/' }]));
    expect(problems.join('\n')).toMatch(/409\.mdx: field "sources.0.url": sources\[\]\.url must use https/);
  });

  it('rejects an unknown key, naming it', () => {
    const problems = problemsFor((fm) => (fm['sumary'] = 'typo'));
    expect(problems.join('\n')).toMatch(/409\.mdx: field "\(frontmatter\)".*sumary/);
  });

  it.each([99, 600, 1000])('rejects code %i outside 100-599', (code) => {
    const problems = problemsFor((fm) => (fm['code'] = code));
    expect(problems.join('\n')).toMatch(/field "code": code must be between 100 and 599/);
  });

  it('rejects a file name that differs from the code', () => {
    const problems = problemsFor(() => {}, 'content/codes/410.mdx');
    expect(problems).toEqual([
      expect.stringMatching(/410\.mdx: field "code" is 409 but the file is named 410; rename the file to 409\.mdx/),
    ]);
  });

  it('rejects a related code that has no page', () => {
    const problems = problemsFor(
      (fm) =>
        (fm['related'] = [
          { code: 412, note: 'x' },
          { code: 418, note: 'y' },
        ]),
    );
    expect(problems).toEqual([expect.stringMatching(/409\.mdx: field "related\[1\]\.code" is 418, which has no page/)]);
  });

  it('rejects a duplicate code', () => {
    const files = validFiles();
    files.push({ file: 'content/codes/copy/409.mdx', frontmatter: validFrontmatter(409) });
    files[3]!.frontmatter['related'] = [
      { code: 412, note: 'a' },
      { code: 422, note: 'b' },
    ];
    expect(() => parseCodeFiles(files)).toThrow(
      /copy\/409\.mdx: code 409 is already defined in content\/codes\/409\.mdx/,
    );
  });

  it('rejects an empty FAQ', () => {
    const problems = problemsFor((fm) => (fm['faq'] = []));
    expect(problems.join('\n')).toMatch(/field "faq": faq needs at least 3 questions/);
  });

  it('rejects a summary too long for a meta description', () => {
    const problems = problemsFor((fm) => (fm['summary'] = 'x'.repeat(161)));
    expect(problems.join('\n')).toMatch(/field "summary": summary is longer than 160 characters/);
  });

  it('rejects a code example in an unknown language', () => {
    const problems = problemsFor((fm) => (fm['examples'] = [{ title: 't', lang: 'cobol', code: 'x' }]));
    expect(problems.join('\n')).toMatch(/field "examples.0.lang": examples\[\]\.lang must be one of: bash/);
  });

  it('requires spec for registered codes and vendor for unofficial ones', () => {
    expect(problemsFor((fm) => delete fm['spec']).join('\n')).toMatch(/field "spec": registered codes need spec/);
    expect(problemsFor((fm) => (fm['status'] = 'unofficial')).join('\n')).toMatch(
      /field "vendor": unofficial codes need vendor/,
    );
  });

  it('requires an expiry date on temporary registrations', () => {
    expect(problemsFor((fm) => (fm['status'] = 'temporary')).join('\n')).toMatch(/field "expires"/);
  });

  it('lists every problem at once', () => {
    const problems = problemsFor((fm) => {
      delete fm['tip'];
      fm['faq'] = [];
    });
    expect(problems.length).toBe(2);
  });
});
