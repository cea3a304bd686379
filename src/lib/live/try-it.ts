/**
 * What a code page's "Try it" section shows, computed once per code: the widget's mode and note,
 * the curl command against the build-time server, the headers script cannot read, and the
 * weighted codes of the retry demo where there is one.
 */
import type { CodeData } from '../content/schema.ts';
import { RETRY_DEMO_CODES, retryDemoCodes } from './backoff.ts';
import { curlCommand, FALLBACK_HTTPBIN_URL, statusUrl } from './httpbin.ts';
import { hiddenResponseHeaders } from './hidden-headers.ts';
import { LIVE_MODES, liveModeOf, type LiveMode } from './modes.ts';

export interface TryItView {
  /** The build-time server (PUBLIC_HTTPBIN_URL), normalized. */
  server: string;
  /** Offered when the server fails. */
  fallback: string;
  mode: LiveMode;
  /** Whether the widget sends anything (not for 1xx). */
  sends: boolean;
  /** What the reader should expect, in inline Markdown; null when nothing unusual. */
  note: string | null;
  /** The request as a curl command, the same one the widget sends with GET. */
  curl: string;
  /** Response headers that matter for the code but that script cannot read cross-origin. */
  hiddenHeaders: CodeData['headers'];
  /** httpbin's weighted list for the retry demo ("429:0.6,200:0.4"); null when the code has none. */
  retryCodes: string | null;
}

export function tryItView(code: number, headers: CodeData['headers'], server: string): TryItView {
  const mode = liveModeOf(code);
  const { sends, note } = LIVE_MODES[mode];
  return {
    server,
    fallback: FALLBACK_HTTPBIN_URL,
    mode,
    sends,
    note: note(code),
    curl: curlCommand({ url: statusUrl(server, code), method: 'GET' }),
    hiddenHeaders: sends ? hiddenResponseHeaders(headers) : [],
    retryCodes: RETRY_DEMO_CODES.includes(code) ? retryDemoCodes(code) : null,
  };
}
