/** The live widget's default server: PUBLIC_HTTPBIN_URL at build time, normalized. */
import { normalizeServer } from './httpbin.ts';

export const HTTPBIN_SERVER = normalizeServer(import.meta.env.PUBLIC_HTTPBIN_URL);
