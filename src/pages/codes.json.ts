import type { APIRoute } from 'astro';
import { getCodes } from '../data/codes.ts';
import { codeRecord } from '../lib/code-record.ts';

/** Every code as data: /codes.json. */
export const GET: APIRoute = async ({ site }) => {
  const codes = (await getCodes()).map(({ data }) => codeRecord(data, String(site), import.meta.env.BASE_URL));
  return new Response(JSON.stringify({ count: codes.length, codes }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
