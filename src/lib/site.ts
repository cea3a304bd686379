/** The site's own name and pitch, and where it is deployed. */
export const SITE_NAME = 'HTTP status codes';

/** The <title> of a page about `subject`: "409 Conflict – HTTP status code reference". */
export const pageTitle = (subject: string) => `${subject} – HTTP status code reference`;

export const SITE_DESCRIPTION =
  'Every HTTP status code explained: what it means, why you got it, how to fix it, with code examples and a live request you can send.';

/** Where the site is deployed: Astro's `site` and `base` (SITE_URL and BASE_PATH at build time). */
export interface SiteMeta {
  /** Absolute origin, e.g. "https://httpstatus.dev". */
  url: string;
  /** Sub-path the site is served from: "/" or "/http-status/". */
  base: string;
}

/** An absolute URL for a path that already includes the base ("/409/", "/docs/409/"). */
export const absoluteUrl = (site: SiteMeta, path: string) => new URL(path, site.url).href;
