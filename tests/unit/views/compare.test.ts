import { describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../../src/lib/compare/schema.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { FIXTURE_CODES, validFrontmatter } from '../../fixtures/content-project.ts';
import { validComparison } from '../../fixtures/compare.ts';
import { withSite } from '../../support/site-env.ts';

const { codeView, comparisonView, compareIndexView } = await withSite(async () => ({
  ...(await import('../../../src/lib/views/code.ts')),
  ...(await import('../../../src/lib/views/compare.ts')),
}));

const context = { names: new Map<number, string>(), httpbinServer: 'https://httpbin.org' };
const codes = new Map(
  FIXTURE_CODES.map((code) => {
    const data = codeSchema.parse({
      ...validFrontmatter(code),
      headers: code === 412 ? [{ name: 'ETag', note: 'The current version.' }] : [],
    });
    return [code, codeView({ data }, context)];
  }),
);
const withMethod = (method: string | undefined) => {
  const data = validComparison();
  if (method) for (const column of data['columns'] as Record<string, unknown>[]) column['method'] = method;
  return comparisonSchema.parse(data);
};
const view = comparisonView({ data: withMethod(undefined) }, codes);

describe('the view of a comparison', () => {
  it('places the page under the base, named after its codes', () => {
    expect(view).toMatchObject({
      id: '409-vs-412-vs-422',
      title: '409 vs 412 vs 422',
      path: '/docs/compare/409-vs-412-vs-422/',
      url: 'https://example.org/docs/compare/409-vs-412-vs-422/',
    });
    expect(view.codes.map((code) => code.code)).toEqual([409, 412, 422]);
    expect(view.image.path).toBe('/docs/og/compare-409-vs-412-vs-422.png');
  });

  it('takes the facts the code pages hold from the code views, and the judgements from the comparison', () => {
    const row = (label: string) => view.rows.find((r) => r.label === label)?.cells;
    expect(view.rows.map((r) => r.label)).toEqual([
      'Meaning',
      'Who sends it',
      'What the client should do',
      'Retry',
      'Cacheable',
      'Headers',
      'Defined by',
    ]);
    expect(row('Meaning')).toEqual(FIXTURE_CODES.map((code) => ({ text: codes.get(code)?.data.summary })));
    expect(row('Who sends it')?.[1]).toEqual({ markdown: 'Who sends 412.' });
    expect(row('Cacheable')?.[0]).toEqual({
      text: 'Only with Cache-Control or Expires',
      link: codes.get(409)?.cacheability.source,
    });
    expect(row('Headers')).toEqual([
      { markdown: 'None special' },
      { markdown: '`ETag`' },
      { markdown: 'None special' },
    ]);
    expect(row('Defined by')?.[2]).toEqual({ text: 'RFC 9110, section 15.5.21', link: codes.get(422)?.spec });
  });

  it('adds the method row only when the comparison gives it', () => {
    const redirects = comparisonView({ data: withMethod('Kept.') }, codes);
    expect(redirects.rows.find((r) => r.label === 'Method when followed')?.cells).toEqual([
      { markdown: 'Kept.' },
      { markdown: 'Kept.' },
      { markdown: 'Kept.' },
    ]);
  });

  it('resolves each worked example to its code page', () => {
    expect(view.examples.map((example) => example.code.path)).toEqual(['/docs/409/', '/docs/412/', '/docs/422/']);
  });

  it('cites its own sources, then each code defining section', () => {
    expect(view.sources.map((source) => source.url)).toEqual([
      'https://www.rfc-editor.org/rfc/rfc9110#section-13',
      ...FIXTURE_CODES.map((code) => codes.get(code)?.spec?.url),
    ]);
  });

  it('is found by "A vs B" and "A or B", filtered as a comparison of its class', () => {
    expect(view.searchAttributes['data-search-kind']).toBe('comparison');
    expect(view.searchAttributes['data-search-class']).toBe('4xx');
    expect(view.searchAttributes['data-search-terms']).toContain('409 vs 412; 409 or 412; 409 vs 422');
    expect(view.searchAttributes['data-search-terms']).toContain('Precondition Failed');
  });

  it('publishes breadcrumbs through the index, an article and its FAQ', () => {
    expect(view.crumbs.map((c) => c.path)).toEqual(['/docs/', '/docs/compare/', '/docs/compare/409-vs-412-vs-422/']);
    expect(view.jsonLd.map((n) => n['@type'])).toEqual(['TechArticle', 'BreadcrumbList', 'FAQPage']);
  });

  it('refuses a code without a page', () => {
    expect(() => comparisonView({ data: withMethod(undefined) }, new Map())).toThrow(/409 has no code page/);
  });
});

describe('the comparison index', () => {
  it('lists each code comparisons, for the code pages', () => {
    const pair = comparisonView(
      {
        data: comparisonSchema.parse({
          ...validComparison(),
          codes: [409, 422],
          columns: (validComparison()['columns'] as { code: number }[]).filter((c) => c.code !== 412),
          examples: [
            ...(validComparison()['examples'] as { code: number }[]).filter((e) => e.code !== 412),
            { situation: 'Another case.', code: 409, why: 'Because.' },
          ],
        }),
      },
      codes,
    );
    const index = compareIndexView([view, pair]);
    expect(index.path).toBe('/docs/compare/');
    expect(index.image.path).toBe('/docs/og/compare.png');
    expect(index.byCode.get(409)?.map((link) => link.title)).toEqual(['409 vs 412 vs 422', '409 vs 422']);
    expect(index.byCode.get(412)?.map((link) => link.path)).toEqual(['/docs/compare/409-vs-412-vs-422/']);
    expect(index.byCode.get(500)).toBeUndefined();
  });
});
