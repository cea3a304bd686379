import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/site/json-response.ts';
import { decodeData } from '../lib/views/decode.ts';
import { getSiteViews } from '../lib/views/site.ts';

/** What the decoder (/decode/) shows about each code, fetched when the reader first uses it. */
export const GET: APIRoute = async () => jsonResponse(decodeData((await getSiteViews()).codes));
