/**
 * Where the site is deployed, read in this one module: Astro's `base` (BASE_PATH at build time)
 * and `site` (SITE_URL), as resolved by astro.config.mjs and handed over by the site-config
 * integration. Everything else builds its URLs with ./urls.ts.
 */
import { BASE as base, SITE as site } from 'virtual:site-config';

/** The sub-path the site is served from: "/" or "/http-status/". */
export const BASE: string = base;

/** The absolute origin the site is deployed at, e.g. "https://httpstatus.dev". */
export const SITE: string = site;
