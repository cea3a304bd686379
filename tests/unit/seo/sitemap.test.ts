import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapOptions } from '../../../src/lib/seo/sitemap.ts';

describe('sitemap and robots.txt', () => {
  const options = sitemapOptions('https://example.org', '/docs/', 'not-found-page');

  it('keep the 404 and 500 reference pages and drop the not-found page', () => {
    expect(options.customPages).toEqual(['https://example.org/docs/404/', 'https://example.org/docs/500/']);
    expect(options.filter('https://example.org/docs/not-found-page/')).toBe(false);
    expect(options.filter('https://example.org/docs/409/')).toBe(true);
  });

  it('point robots.txt to the sitemap and allow the site', () => {
    expect(robotsTxt('/docs/', 'https://example.org/docs/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /docs/\n\nSitemap: https://example.org/docs/sitemap-index.xml\n',
    );
  });
});
