import { describe, expect, it } from 'vitest';
import { errorSchema } from '../../../src/lib/errors/schema.ts';
import { validErrorFrontmatter } from '../../fixtures/error-page.ts';
import { withSite } from '../../support/site-env.ts';

const { errorView, errorsIndexView, ERRORS_TITLE } = await withSite(() => import('../../../src/lib/views/error.ts'));

const data = errorSchema.parse({
  ...validErrorFrontmatter(),
  title: 'Cloudflare error 1015',
  httpStatus: 412,
  seeAlso: ['cloudflare-1020'],
  searchTerms: ['error 1015'],
});
const names = new Map([
  [409, 'Conflict'],
  [412, 'Precondition Failed'],
]);
const titles = new Map([['cloudflare-1020', 'Cloudflare error 1020']]);
const view = errorView({ id: 'cloudflare-1015', data }, { names, titles });
const node = (type: string) => view.jsonLd.find((n) => n['@type'] === type);

describe('the view of an error page', () => {
  it('places the page under /errors/ with the base and the site', () => {
    expect(view).toMatchObject({
      slug: 'cloudflare-1015',
      title: 'Cloudflare error 1015',
      path: '/docs/errors/cloudflare-1015/',
      url: 'https://example.org/docs/errors/cloudflare-1015/',
      layer: 'the browser',
    });
    expect(view.image.path).toBe('/docs/og/error-cloudflare-1015.png');
  });

  it('resolves the status codes, the one the response arrives with, and the see-also links', () => {
    expect(view.statusCodes.map(({ code, name, path }) => ({ code, name, path }))).toEqual([
      { code: 409, name: 'Conflict', path: '/docs/409/' },
      { code: 412, name: 'Precondition Failed', path: '/docs/412/' },
    ]);
    expect(view.httpStatus?.code).toBe(412);
    expect(view.cls?.id).toBe('4xx');
    expect(view.seeAlso).toEqual([{ title: 'Cloudflare error 1020', path: '/docs/errors/cloudflare-1020/' }]);
  });

  it('has no class when no HTTP response arrived', () => {
    const bare = errorView({ id: 'status-0', data: { ...data, httpStatus: undefined } }, { names, titles });
    expect([bare.httpStatus, bare.cls]).toEqual([null, null]);
    expect(bare.searchAttributes['data-search-class']).toBeUndefined();
  });

  it('is found by its messages and search terms under the kind "error"', () => {
    expect(view.searchAttributes).toMatchObject({
      'data-search-kind': 'error',
      'data-search-name': 'Cloudflare error 1015',
      'data-search-terms': 'TypeError: Failed to fetch; error 1015',
    });
  });

  it('publishes an article, its breadcrumbs and the FAQ as JSON-LD', () => {
    expect(view.jsonLd.map((n) => n['@type'])).toEqual(['TechArticle', 'BreadcrumbList', 'FAQPage']);
    expect(node('BreadcrumbList')?.['itemListElement']).toMatchObject([
      { position: 1, item: 'https://example.org/docs/' },
      { position: 2, name: ERRORS_TITLE, item: 'https://example.org/docs/errors/' },
      { position: 3, name: 'Cloudflare error 1015', item: 'https://example.org/docs/errors/cloudflare-1015/' },
    ]);
    expect(node('FAQPage')?.['mainEntity']).toHaveLength(3);
  });

  it('lists the pages on the index in the order of their titles', () => {
    const other = errorView({ id: 'status-0', data: { ...data, title: 'Status 0' } }, { names, titles });
    const index = errorsIndexView([other, view]);
    expect(index.errors.map((e) => e.slug)).toEqual(['cloudflare-1015', 'status-0']);
    expect(index.path).toBe('/docs/errors/');
  });
});
