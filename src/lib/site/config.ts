/**
 * Where the site is deployed and what it talks to, read in this one module: Astro's `base`
 * (BASE_PATH) and `site` (SITE_URL), and the live widget's default server (PUBLIC_HTTPBIN_URL),
 * as checked by src/lib/site/settings.ts and handed over by the site-config integration.
 * Everything else builds its URLs with ./urls.ts.
 */
import { BASE as base, EDIT_URL as edit, HTTPBIN_SERVER as httpbin, SITE as site } from 'virtual:site-config';

/** The sub-path the site is served from: "/" or "/http-status/". */
export const BASE: string = base;

/** The absolute origin the site is deployed at, e.g. "https://httpstatus.dev". */
export const SITE: string = site;

/** The live widget's default server, e.g. "https://httpbin.org". */
export const HTTPBIN_SERVER: string = httpbin;

/** Where a source file can be edited (EDIT_URL), ending in "/"; null for no edit links. */
export const EDIT_URL: string | null = edit;
