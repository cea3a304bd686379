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
  /** How httpbin's answer differs from the real code's, in inline Markdown; null when it does not. */
  imitation: string | null;
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
    imitation: httpbinImitation(code),
    hiddenHeaders: sends ? hiddenResponseHeaders(headers) : [],
    retryCodes: RETRY_DEMO_CODES.includes(code) ? retryDemoCodes(code) : null,
  };
}

/**
 * Where httpbin's `/status/NNN` is only an imitation of the code, so the page says so next to the
 * command. Checked against python3-httpbin (Werkzeug 2.2.2) with curl 7.88.1: a 1xx comes as the
 * only status line before the connection closes, and curl exits with code 52.
 */
export function httpbinImitation(code: number): string | null {
  const closes =
    'httpbin sends this status line and then closes the connection, so curl ends with `(52) Empty reply from server`.';
  if (code === 101)
    return `${closes} A real server sends 101 only in answer to an \`Upgrade\` request, with an \`Upgrade\` header, and then speaks the new protocol on the same connection ([RFC 9110, section 15.2.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2)).`;
  if (code < 200)
    return `${closes} A real server sends a ${code} as an interim response: the final response to the same request follows it.`;
  if (code === 426)
    return "httpbin's 426 carries no `Upgrade` header. A real server must send one with a 426 to name the protocol to switch to ([RFC 9110, section 15.5.22](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22)).";
  if (code === 499)
    return "httpbin sends 499 as an ordinary response. The 499 in nginx's access log never reaches a client: nginx logs it when the client has already closed the connection.";
  return null;
}
