/**
 * Options for @astrojs/sitemap. The integration leaves out any page at /404/ or /500/, taking them
 * for the site's error pages; here they are reference pages, so they are added back, and the real
 * not-found page (built at a private route, served as 404.html) is left out instead.
 */
import { codePath, homePath, withBase } from './paths.ts';

/** `site` is the absolute origin, `base` the sub-path, `notFoundRoute` the not-found page's build route. */
export function sitemapOptions(site: string, base: string, notFoundRoute: string) {
  const absolute = (path: string) => new URL(path, site).href;
  const notFound = absolute(withBase(base, `${notFoundRoute}/`));
  return {
    customPages: [404, 500].map((code) => absolute(codePath(base, code))),
    filter: (page: string) => page !== notFound,
  };
}

/** Where the sitemap index is published. */
export const sitemapUrl = (site: string, base: string) => new URL(withBase(base, 'sitemap-index.xml'), site).href;

/** robots.txt: everything may be crawled; the sitemap lists every page. */
export function robotsTxt(site: string, base: string): string {
  const scope = homePath(base);
  return `User-agent: *\nAllow: ${scope}\n\nSitemap: ${sitemapUrl(site, base)}\n`;
}
