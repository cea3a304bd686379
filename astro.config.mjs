// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import notFoundPage from './src/integrations/not-found-page.ts';
import { CODE_THEMES } from './src/lib/code-themes.ts';

// SITE_URL: the absolute origin the site is deployed at (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /http-status/ for GitHub Pages project sites.
const site = process.env.SITE_URL || 'https://httpstatus.dev';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Inline the stylesheet: a page then renders from its HTML alone, after one round trip
  // (tests/site/budgets.test.ts holds every code page's HTML to 14,600 bytes of brotli).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), notFoundPage()],
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: 'light-dark()',
    },
  },
});
