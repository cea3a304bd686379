import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type CodeEntry } from '../data/codes.ts';
import { codeRecord } from '../lib/code-record.ts';

export const getStaticPaths = (async () =>
  (await getCodes()).map((entry) => ({
    params: { code: String(entry.data.code) },
    props: { entry },
  }))) satisfies GetStaticPaths;

/** One code as data: /409.json. */
export const GET: APIRoute<{ entry: CodeEntry }> = ({ props, site }) =>
  new Response(JSON.stringify(codeRecord(props.entry.data, String(site), import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
