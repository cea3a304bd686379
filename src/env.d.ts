/** Modules the site's integrations generate at config time. */
declare module 'virtual:site-config' {
  /** Astro's resolved `base`: "/" or "/sub/". */
  export const BASE: string;
  /** Astro's resolved `site`: the absolute origin. */
  export const SITE: string;
  /** The checked PUBLIC_HTTPBIN_URL. */
  export const HTTPBIN_SERVER: string;
  /** The checked EDIT_URL, or null when unset. */
  export const EDIT_URL: string | null;
}
