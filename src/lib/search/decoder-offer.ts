/**
 * Recognises a query that was pasted rather than typed (a status line, curl output or an error,
 * a log line, a console message) and offers the decoder (/decode/) as the first result, which
 * explains such text better than any page ranked on its words. Plain phrases ("failed to fetch",
 * "too many redirects") stay with the full-text search, which finds the page about them. Kept
 * apart from the decoder's own parser so the search dialog's bundle stays small.
 */
import { decodePath } from '../site/urls.ts';
import type { SearchResult } from './results.ts';

const PASTED: readonly RegExp[] = [
  /\bHTTP\/[\d.]+\s+\d{3}\b/i, // a status line
  /\bcurl: \(\d+\)/, // a curl error
  /\bnet::ERR_[A-Z0-9_]+/, // a Chrome console error
  /\b(?:TypeError|Uncaught)\b.*:/, // a JavaScript console error
  /blocked by CORS policy|Cross-Origin Request Blocked/i,
  /\[(?:emerg|alert|crit|error|warn)\] \d+#\d+:/, // an nginx error log line
  /\] "[A-Z]+ \S+ HTTP\/[\d.]+" \d{3} /, // a combined-format access log line
  /^(?:https?|h2|grpcs|wss?) \d{4}-\d\d-\d\dT\S+ app\//, // an ALB access log entry
  /\bRay ID\b/i, // a Cloudflare error page
  /\n/, // anything of several lines
];

export const looksPasted = (query: string) => PASTED.some((pattern) => pattern.test(query));

/** The decoder as a result: the query goes with it, through sessionStorage, when it is chosen. */
export const decoderOffer = (query: string): SearchResult => ({
  url: decodePath(),
  code: '',
  name: 'Decode what you pasted',
  cls: null,
  kind: 'decoder',
  excerpt: [
    { text: 'Which code or error it is, which layer sent it, what the headers say and how to fix it.', match: false },
  ],
  paste: query,
});
