import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/site/json-response.ts';
import { getSiteViews } from '../lib/views/site.ts';

/** Every code as data: /codes.json. */
export const GET: APIRoute = async () => {
  const codes = (await getSiteViews()).codes.map((view) => view.record);
  return jsonResponse({ count: codes.length, codes }, { pretty: true });
};
