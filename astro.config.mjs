// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import notFoundPage, { NOT_FOUND_ROUTE } from './src/integrations/not-found-page.ts';
import searchIndex from './src/integrations/search-index.ts';
import codeHighlight from './src/integrations/code-highlight.ts';
import palette from './src/integrations/palette.ts';
import pagePolicy from './src/integrations/page-policy.ts';
import siteConfig from './src/integrations/site-config.ts';
import { contentSecurityPolicy } from './src/lib/seo/content-security-policy.ts';
import { sitemapOptions } from './src/lib/seo/sitemap.ts';
import { readSettings } from './src/lib/site/settings.ts';

// SITE_URL: the absolute origin the site is deployed at (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /http-status/ for GitHub Pages project sites.
// PUBLIC_HTTPBIN_URL: the live widget's default server. All three are checked here, once.
const settings = readSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  // Inline the stylesheet: a page then renders from its HTML alone, after one round trip
  // (tests/site/budgets.test.ts holds every code page's HTML to 14,600 bytes of brotli).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No module-preload lists in the on-demand loaders: each would repeat the hashed names of the
  // chunks a feature needs in the first-view JavaScript (3 KiB budget) of every page that loads it.
  vite: { build: { modulePreload: false } },
  // Hashes for every script and style Astro emits (pagePolicy keeps each page's own); see src/lib/seo/content-security-policy.ts.
  security: { csp: contentSecurityPolicy(settings.httpbin) },
  // contentCheck fails the build before anything renders; searchIndex runs after notFoundPage
  // has moved the not-found page to 404.html, and pagePolicy after both have written pages.
  integrations: [
    contentCheck(),
    siteConfig(settings),
    palette(),
    codeHighlight(),
    mdx(),
    sitemap(sitemapOptions(settings.site, settings.base, NOT_FOUND_ROUTE)),
    notFoundPage(),
    searchIndex(),
    pagePolicy(),
  ],
});
