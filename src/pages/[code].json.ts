import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/site/json-response.ts';
import { codeRoutes, type CodePage } from '../lib/views/site.ts';

export const getStaticPaths = codeRoutes;

/** One code as data: /409.json. */
export const GET: APIRoute<{ view: CodePage }> = ({ props }) => jsonResponse(props.view.record, { pretty: true });
