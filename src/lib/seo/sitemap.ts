/**
 * The sitemap and robots.txt. @astrojs/sitemap leaves out any page at /404/ or /500/, taking them
 * for the site's error pages; here they are reference pages, so they are added back, and the real
 * not-found page (built at a private route, served as 404.html) is left out instead.
 */
import { joinBase } from '../site/join-base.ts';

/** The sitemap index @astrojs/sitemap writes, at the root of the site. */
export const SITEMAP_FILE = 'sitemap-index.xml';

/** Options for @astrojs/sitemap, at config time: `site` is the origin, `base` the sub-path. */
export function sitemapOptions(site: string, base: string, notFoundRoute: string) {
  const absolute = (path: string) => new URL(joinBase(base, path), site).href;
  const notFound = absolute(`${notFoundRoute}/`);
  return {
    customPages: [404, 500].map((code) => absolute(`${code}/`)),
    filter: (page: string) => page !== notFound,
  };
}

/** robots.txt: everything under `scope` may be crawled; the sitemap lists every page. */
export const robotsTxt = (scope: string, sitemapUrl: string) =>
  `User-agent: *\nAllow: ${scope}\n\nSitemap: ${sitemapUrl}\n`;
