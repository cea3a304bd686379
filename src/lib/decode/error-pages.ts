/**
 * The pages for errors that are not status codes (/errors/<slug>/), as the decoder links to them.
 * Those pages come from their own content collection; this table is the one place the decoder
 * names them, so wiring it to that collection after the merge changes this file only, and
 * tests/site/decoder-links.test.ts checks that every slug here has a page in the build.
 */
export const ERROR_PAGES = {
  'status-0': 'Status 0 in the browser',
  '000': 'Status 000 in curl and load-balancer logs',
  'failed-to-fetch': 'Failed to fetch, NetworkError, Load failed',
  'cors-error': 'CORS errors',
  'err-too-many-redirects': 'ERR_TOO_MANY_REDIRECTS',
  'connection-refused': 'ERR_CONNECTION_REFUSED and ECONNREFUSED',
  'connection-reset': 'ECONNRESET and socket hang up',
  'curl-52-empty-reply': 'curl: (52) Empty reply from server',
  'err-http2-protocol-error': 'ERR_HTTP2_PROTOCOL_ERROR',
  'cloudflare-1015': 'Cloudflare error 1015: rate limited',
  'cloudflare-1020': 'Cloudflare error 1020: access denied',
  'cloudflare-1016': 'Cloudflare error 1016: origin DNS error',
} as const;

export type ErrorSlug = keyof typeof ERROR_PAGES;

export const ERROR_SLUGS = Object.keys(ERROR_PAGES) as ErrorSlug[];

/** The page's path inside the site, before the base: "errors/status-0/". */
export const errorPagePath = (slug: ErrorSlug) => `errors/${slug}/`;
