/** What virtual:site-config holds in unit tests: a site at the root of httpstatus.dev (see site-env.ts). */
export const BASE = '/';
export const SITE = 'https://httpstatus.dev';
export const HTTPBIN_SERVER = 'https://httpbin.org';
export const EDIT_URL = null;
