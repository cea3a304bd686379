/**
 * Joins a base ("/" or "/sub/") with a path inside the site. Free of Astro's environment, so the
 * config-time code in astro.config.mjs can use it; everything else uses ./urls.ts.
 */
export function joinBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
