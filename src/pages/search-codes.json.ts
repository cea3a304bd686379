import type { APIRoute } from 'astro';
import { getCodes } from '../data/codes.ts';
import { knownCode } from '../lib/search-lookup.ts';

/**
 * The codes the search answers instantly (number, name, former names), fetched when the user
 * starts searching. Smaller than /codes.json: only the fields the search shows or matches.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getCodes()).map(({ data }) => knownCode(data))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
