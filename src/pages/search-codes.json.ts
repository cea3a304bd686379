import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/site/json-response.ts';
import { getSiteViews } from '../lib/views/site.ts';

/**
 * The codes the search answers instantly (number, name, former names), fetched when the user
 * starts searching. Smaller than /codes.json: only the fields the search shows or matches.
 */
export const GET: APIRoute = async () => jsonResponse((await getSiteViews()).codes.map((view) => view.known));
