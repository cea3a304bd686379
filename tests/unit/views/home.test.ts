import { describe, expect, it } from 'vitest';
import { withSite } from '../../support/site-env.ts';

const { homeView, notFoundView, siteImage } = await withSite(() => import('../../../src/lib/views/home.ts'));

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

  it('keep the not-found page out of search engines', () => {
    const notFound = notFoundView([], 'not-found-page');
    expect(notFound.head.find((t) => t.attrs['name'] === 'robots')?.attrs['content']).toBe('noindex');
    expect(notFound.head.some((t) => t.attrs['rel'] === 'canonical')).toBe(false);
  });
});
