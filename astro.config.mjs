// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import notFoundPage from './src/integrations/not-found-page.ts';
import searchIndex from './src/integrations/pagefind.ts';

// SITE_URL: the absolute origin the site is deployed at (canonical URLs, sitemap).
// BASE_PATH: a sub-path such as /http-status/ for GitHub Pages project sites.
const site = process.env.SITE_URL || 'https://httpstatus.dev';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // searchIndex runs after notFoundPage has moved the not-found page to 404.html.
  integrations: [mdx(), notFoundPage(), searchIndex()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: 'light-dark()',
    },
  },
});
