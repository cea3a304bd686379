import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/lib/content/classes.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';
import { withSite } from '../../support/site-env.ts';

const { homeView, notFoundView, siteImage, codeView, classView } = await withSite(async () => ({
  ...(await import('../../../src/lib/views/home.ts')),
  ...(await import('../../../src/lib/views/code.ts')),
  ...(await import('../../../src/lib/views/class.ts')),
}));

const context = { names: new Map<number, string>(), httpbinServer: 'https://httpbin.org' };
const code = (overrides: Record<string, unknown>) =>
  codeView({ data: codeSchema.parse({ ...validFrontmatter(409), ...overrides }) }, context);
const codes = [
  code({ code: 499, status: 'unofficial', spec: undefined, vendor: { name: 'nginx', product: 'nginx' } }),
  code({ code: 413, name: 'Content Too Large', formerNames: ['Payload Too Large'] }),
  code({}),
  code({ code: 500, name: 'Internal Server Error' }),
];

describe('the home and not-found views', () => {
  it('describe the home page as the WebSite, with the site card', () => {
    const home = homeView([]);
    expect(home.jsonLd).toEqual([
      expect.objectContaining({
        '@type': 'WebSite',
        '@id': 'https://example.org/docs/#website',
        url: 'https://example.org/docs/',
      }),
    ]);
    expect(home.head.find((t) => t.attrs['rel'] === 'canonical')?.attrs['href']).toBe('https://example.org/docs/');
    expect(siteImage().path).toBe('/docs/og/site.png');
  });

  it('give the home grid every code once, by class, registered and unofficial together, ascending', () => {
    const home = homeView(CLASSES.map((cls) => classView(cls, null, codes)));
    expect(home.groups.map((group) => group.cls.id)).toEqual(['1xx', '2xx', '3xx', '4xx', '5xx']);
    expect(home.groups.map((group) => group.entries.map((entry) => entry.code))).toEqual([
      [],
      [],
      [],
      [409, 413, 499],
      [500],
    ]);
    expect(home.groups.map((group) => group.codes.map((view) => view.code))).toEqual([
      [],
      [],
      [],
      [409, 413, 499],
      [500],
    ]);
    expect(home.total).toBe(4);
    const [conflict, tooLarge, closed] = home.groups[3]!.entries;
    expect(conflict).toMatchObject({ name: 'Conflict', path: '/docs/409/', badge: null, terms: '' });
    expect(tooLarge?.terms).toBe('Payload Too Large');
    // The grid's badge is one word; the vendor moves to its title and to what the filter matches.
    expect(closed?.badge).toEqual({ label: 'Unofficial', title: 'Unofficial · nginx' });
    expect(closed?.terms).toBe('nginx');
  });

  it('keep the not-found page out of search engines', () => {
    const notFound = notFoundView([], 'not-found-page');
    expect(notFound.head.find((t) => t.attrs['name'] === 'robots')?.attrs['content']).toBe('noindex');
    expect(notFound.head.some((t) => t.attrs['rel'] === 'canonical')).toBe(false);
  });
});
