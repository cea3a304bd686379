/**
 * Where the site is deployed, read in this one module: Astro's `base` (BASE_PATH at build time)
 * and `site` (SITE_URL). Everything else builds its URLs with ./urls.ts. Config-time code that
 * runs before Astro (astro.config.mjs) passes the same values explicitly instead.
 */

/** The sub-path the site is served from: "/" or "/http-status/". */
export const BASE: string = import.meta.env.BASE_URL;

/** The absolute origin the site is deployed at, e.g. "https://httpstatus.dev". */
export const SITE: string = import.meta.env.SITE;
