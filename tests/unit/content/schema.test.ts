import { describe, expect, it } from 'vitest';
import { codeSchema, friendlyErrors } from '../../../src/lib/content/schema.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';

/** The schema's messages for one changed copy of a valid page, as "field: message". */
function issues(edit: (fm: Record<string, unknown>) => void): string[] {
  const fm = validFrontmatter(409);
  edit(fm);
  const result = codeSchema.safeParse(fm, { error: friendlyErrors });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('code schema', () => {
  it('accepts a complete page and fills the defaults', () => {
    const data = codeSchema.parse(validFrontmatter());
    expect(data).toMatchObject({ formerNames: [], headers: [], searchTerms: [], sources: [], otherMeanings: [] });
  });

  it('accepts an unofficial code with a vendor and no spec', () => {
    expect(
      issues((fm) => {
        delete fm['spec'];
        fm['status'] = 'unofficial';
        fm['vendor'] = { name: 'nginx', product: 'nginx (all versions)' };
      }),
    ).toEqual([]);
  });

  it.each([99, 600, 409.5])('rejects code %s outside the whole numbers 100-599', (code) => {
    expect(issues((fm) => (fm['code'] = code))).toEqual([expect.stringMatching(/^code: code must be/)]);
  });

  it('rejects an empty FAQ, a long summary and an unknown language, each with its fix', () => {
    expect(issues((fm) => (fm['faq'] = []))).toEqual([
      'faq: faq needs at least 3 questions and answers: the FAQ must not be empty',
    ]);
    expect(issues((fm) => (fm['summary'] = 'x'.repeat(161)))).toEqual([
      'summary: summary is longer than 160 characters: shorten it so it fits a meta description',
    ]);
    expect(issues((fm) => (fm['examples'] = [{ title: 't', lang: 'cobol', code: 'x' }]))).toEqual([
      expect.stringMatching(/^examples\.0\.lang: examples\[\]\.lang must be one of: bash, http/),
    ]);
  });

  it('requires a spec for registered codes, a vendor for unofficial ones and an expiry for temporary ones', () => {
    expect(issues((fm) => delete fm['spec'])).toEqual([expect.stringMatching(/^spec: registered codes need spec/)]);
    expect(issues((fm) => (fm['status'] = 'unofficial'))).toEqual([
      expect.stringMatching(/^vendor: unofficial codes need vendor/),
      expect.stringMatching(/^spec: unofficial codes have no defining RFC/),
    ]);
    expect(issues((fm) => (fm['status'] = 'temporary'))).toEqual([expect.stringMatching(/^expires: temporary/)]);
  });

  it('keeps search terms from repeating the name', () => {
    expect(issues((fm) => (fm['searchTerms'] = ['conflict']))).toEqual([
      expect.stringMatching(/^searchTerms\.0: searchTerms\[0\] "conflict" repeats the name/),
    ]);
  });

  it('accepts only https sources', () => {
    expect(issues((fm) => (fm['sources'] = [{ title: 'RFC 9110', url: 'http://example.org/' }]))).toEqual([
      'sources.0.url: sources[].url must use https',
    ]);
  });
});

describe('inline Markdown in prose fields', () => {
  it('accepts code, emphasis and links to https or to the site', () => {
    expect(
      issues(
        (fm) =>
          (fm['tip'] =
            'Send `If-Match`, **always**, see [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) or [412](/412/).'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a script', '<script>alert(1)</script> Use 409.', /tip raw HTML \(<script>alert/],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /tip raw HTML/],
    ['an image with a handler', '<img src=x onerror=alert(1)>', /tip raw HTML/],
    [
      'a javascript: link',
      '[Click me](javascript:alert(document.domain))',
      /tip the link to "javascript:alert\(document\.domain\)" is not allowed/,
    ],
    ['a data: link', '[data](data:text/html,hi)', /tip the link to "data:text\/html,hi" is not allowed/],
    ['a protocol-relative link', '[x](//evil.example/)', /tip the link to "\/\/evil\.example\/" is not allowed/],
    ['an image', '![x](https://example.org/x.png)', /tip image is not allowed/],
    ['a list', '- one\n- two', /tip must be one paragraph/],
  ])('rejects %s, naming the field and the fix', (_, text, message) => {
    expect(issues((fm) => (fm['tip'] = text))).toEqual([expect.stringMatching(message)]);
  });

  it('rejects a link inside a related-code note, which is already a link', () => {
    expect(
      issues(
        (fm) =>
          (fm['related'] = [
            { code: 412, note: 'See [RFC](https://example.org/).' },
            { code: 422, note: 'x' },
          ]),
      ),
    ).toEqual([expect.stringMatching(/^related\.0\.note: related\[\]\.note links are not allowed here/)]);
  });

  it('rejects an oversized field', () => {
    expect(issues((fm) => (fm['tip'] = 'a'.repeat(1001)))).toEqual([
      'tip: tip is longer than 1000 characters: say it in fewer words',
    ]);
  });
});

describe('scenarios', () => {
  const scenario = {
    title: 'POST through a 307',
    shows: 'It follows.',
    method: 'POST',
    path: '/redirect-to?url=/anything&status_code=307',
    body: '{}',
    expect: { status: 200, method: 'POST' },
    notice: 'The method stayed.',
  };
  const withScenario = (over: object) => issues((fm) => (fm['scenarios'] = [{ ...scenario, ...over }]));

  it('are optional, and a good one passes with its defaults', () => {
    expect(codeSchema.parse(validFrontmatter()).scenarios).toEqual([]);
    expect(withScenario({})).toEqual([]);
  });

  it('name an unknown httpbin endpoint, the field and the list to pick from', () => {
    expect(withScenario({ path: '/etga/abc' })).toEqual([
      expect.stringMatching(
        /^scenarios\.0\.path: scenarios\[\]\.path "\/etga\/abc" is not an httpbin endpoint this site knows: use one of .*\(src\/lib\/live\/endpoints\.ts\)$/,
      ),
    ]);
  });

  it('refuse a body on GET, which fetch() would reject', () => {
    expect(withScenario({ method: 'GET' })).toEqual([
      expect.stringMatching(/^scenarios\.0\.body: .*fetch\(\) refuses a GET/),
    ]);
  });

  it('expect exactly one of a status or a failure', () => {
    const both = withScenario({ expect: { status: 200, failure: 'redirect-loop' } });
    const neither = withScenario({ expect: {} });
    for (const result of [both, neither])
      expect(result).toEqual([expect.stringMatching(/^scenarios\.0\.expect: .*exactly one of status/)]);
    expect(withScenario({ expect: { failure: 'timeout' } })).toEqual([
      expect.stringMatching(/^scenarios\.0\.expect\.failure: .*must be "redirect-loop"/),
    ]);
  });
});
