import type { APIRoute } from 'astro';
import { robotsTxt, SITEMAP_FILE } from '../lib/seo/sitemap.ts';
import { absoluteUrl, homePath, pathWithBase } from '../lib/site/urls.ts';

/** /robots.txt, pointing crawlers to the sitemap (under the configured base). */
export const GET: APIRoute = () =>
  new Response(robotsTxt(homePath(), absoluteUrl(pathWithBase(SITEMAP_FILE))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
