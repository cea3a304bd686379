import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../lib/site/json-response.ts';
import { decodeCode } from '../../lib/views/decode.ts';
import { codeRoutes, type CodePage } from '../../lib/views/site.ts';

export const getStaticPaths = (async () => codeRoutes()) satisfies GetStaticPaths;

/** What the decoder (/decode/) shows about one code, fetched when a paste names it: /decode/409.json. */
export const GET: APIRoute<{ view: CodePage }> = ({ props }) => jsonResponse(decodeCode(props.view));
