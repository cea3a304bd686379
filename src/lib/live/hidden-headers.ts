/**
 * Which of a code's header fields a page cannot read from a cross-origin response. Script sees
 * only the CORS-safelisted response headers plus those the server lists in
 * Access-Control-Expose-Headers, and httpbin lists none, so the widget shows the others from the
 * page's own facts instead.
 */
import type { CodeData } from '../content/schema.ts';

/** Fetch standard, "CORS-safelisted response-header name". */
const SAFELISTED = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);

/**
 * Fields that only travel in requests (the client's, or a proxy's on the way to the origin), so
 * they are never part of the response a page could read.
 */
const REQUEST_ONLY = new Set([
  'a-im',
  'accept',
  'accept-additions',
  'accept-encoding',
  'accept-language',
  'authorization',
  'c-man',
  'cf-connecting-ip',
  'cookie',
  'depth',
  'destination',
  'early-data',
  'expect',
  'host',
  'idempotency-key',
  'if',
  'if-match',
  'if-modified-since',
  'if-none-match',
  'if-range',
  'if-unmodified-since',
  'man',
  'max-forwards',
  'ms-echo-request',
  'negotiate',
  'origin',
  'overwrite',
  'proxy-authorization',
  'range',
  'referer',
  'shopify-storefront-buyer-ip',
  'te',
  'timeout',
  'user-agent',
  'x-csrf-token',
  'x-esri-authorization',
  'x-forwarded-for',
  'x-forwarded-proto',
  'x-ms-policykey',
  'x-ssl-client-cert',
  'x-ssl-client-s-dn',
  'x-ssl-client-verify',
  'x-xsrf-token',
]);

/** The code's response header fields that cross-origin script cannot read, once each. */
export function hiddenResponseHeaders(headers: CodeData['headers']): CodeData['headers'] {
  const seen = new Set<string>();
  return headers.filter(({ name }) => {
    const key = name.toLowerCase();
    if (seen.has(key) || SAFELISTED.has(key) || REQUEST_ONLY.has(key)) return false;
    seen.add(key);
    return true;
  });
}
