import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap.ts';

/** /robots.txt, pointing crawlers to the sitemap (under the configured base). */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(String(site), import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
