/**
 * The live widget's request to httpbin and what it shows for it, as pure functions of an injected
 * `fetch`, so every per-code behaviour and every fault is unit-tested without a browser.
 */
import { statusUrl, type Method } from './httpbin.ts';
import { LIVE_MODES, type LiveMode } from './modes.ts';

/** Upper bound for one request, answer and body together (the probe after a failure included). */
export const TIMEOUT_MS = 8000;

/** Characters of the body the widget shows; the rest is not even read off the network. */
export const BODY_LIMIT = 2000;

/** The parts of a fetch() Response the widget reads; real responses and test doubles both fit. */
export interface ResponseLike {
  status: number;
  statusText: string;
  ok: boolean;
  type: string;
  redirected: boolean;
  url: string;
  headers: Iterable<[string, string]>;
  body: ReadableStream<Uint8Array> | null;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface LiveRequest {
  url: string;
  method: Method;
  redirect: RequestRedirect;
  /** Asked with mode: 'no-cors' after a rejection, to learn whether the server answers at all. */
  probeUrl: string;
  /** A scenario's own header fields and body (./scenarios.ts); the status widget sends neither. */
  headers?: readonly (readonly [string, string])[];
  body?: string;
}

export interface Received extends Pick<ResponseLike, 'status' | 'statusText' | 'ok' | 'type' | 'redirected' | 'url'> {
  /** Only what the browser lets script read: CORS-safelisted and exposed headers. */
  headers: [string, string][];
  /** null when the response has no body stream at all (opaque redirects). */
  body: { text: string; truncated: boolean } | null;
}

/** The body as the reader sees it: a null, empty or cut-off body said in words. */
export function bodyText(body: Received['body']): string {
  if (!body) return '(none: response.body is null)';
  if (!body.text) return '(empty)';
  return body.text + (body.truncated ? `\n… (cut at ${BODY_LIMIT} characters)` : '');
}

/**
 * - timeout: no complete answer within the time limit.
 * - unreachable: not even an opaque (no-cors) request got through: server down, wrong address,
 *   DNS, offline, an answer that is not HTTP, or the connection blocked by the browser.
 * - blocked: the server answered, but without CORS headers, so the browser hid the response. A
 *   server that does not allow cross-origin calls and a failing one whose 5xx error page lacks the
 *   headers look the same from a page; only curl can tell them apart.
 * - redirect-loop: the server answered with a redirect and following it failed, as it does when
 *   the redirects never end (the browser stops after 20) or lead where the page may not go.
 * - cut-off: the response arrived, then the connection ended before the whole body had.
 */
export type Failure = 'timeout' | 'unreachable' | 'blocked' | 'redirect-loop' | 'cut-off';

export type Outcome = ({ received: Received } | { failure: Failure }) & { ms: number };

/** The request for a code, or null for 1xx: fetch() never exposes interim responses. */
export function buildRequest(
  server: string,
  code: number | string,
  mode: LiveMode,
  method: Method,
): LiveRequest | null {
  const { sends, redirect } = LIVE_MODES[mode];
  if (!sends) return null;
  return { url: statusUrl(server, code), method, redirect, probeUrl: statusUrl(server, 200) };
}

async function readBody(body: ReadableStream<Uint8Array>, limit: number): Promise<Received['body']> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    text += decoder.decode(value, { stream: true });
    if (text.length > limit) {
      await reader.cancel();
      return { text: text.slice(0, limit), truncated: true };
    }
  }
}

/** A scenario's header fields and body as fetch() options, none when the request has neither. */
const payload = ({ headers = [], body }: LiveRequest): RequestInit => ({
  ...(headers.length > 0 && { headers: headers.map(([name, value]): [string, string] => [name, value]) }),
  ...(body !== undefined && { body }),
});

/**
 * Sends the request and sorts out a rejection. fetch() rejects with the same TypeError for a dead
 * server and for a CORS refusal, so a second, opaque (no-cors) request to the same server tells
 * them apart: it succeeds whenever anything answered.
 */
export async function sendRequest(
  fetchFn: FetchLike,
  request: LiveRequest,
  timeoutMs = TIMEOUT_MS,
  now: () => number = () => performance.now(),
): Promise<Outcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  const start = now();
  const ms = () => Math.round(now() - start);
  const failed = (failure: Failure): Outcome => ({ failure: signal.aborted ? 'timeout' : failure, ms: ms() });
  let response: ResponseLike;
  try {
    response = await fetchFn(request.url, {
      method: request.method,
      redirect: request.redirect,
      signal,
      ...payload(request),
    });
  } catch {
    return failed(signal.aborted ? 'timeout' : await diagnose(fetchFn, request, signal));
  }
  let body: Received['body'];
  try {
    body = response.body && (await readBody(response.body, BODY_LIMIT));
  } catch {
    return failed('cut-off');
  }
  const { status, statusText, ok, type, redirected, url } = response;
  return {
    received: { status, statusText, ok, type, redirected, url, headers: [...response.headers], body },
    ms: ms(),
  };
}

/**
 * Why fetch() rejected, which it never says. A followed request is asked again without following:
 * a redirect then means the redirects were the trouble. Otherwise an opaque (no-cors) request to the
 * same server succeeds whenever anything answered, which sets a CORS refusal apart from a dead server.
 */
async function diagnose(fetchFn: FetchLike, request: LiveRequest, signal: AbortSignal): Promise<Failure> {
  if (request.redirect === 'follow') {
    const unfollowed = await fetchFn(request.url, {
      method: request.method,
      redirect: 'manual',
      signal,
      ...payload(request),
    }).catch(() => null);
    if (unfollowed?.type === 'opaqueredirect') return 'redirect-loop';
  }
  try {
    await fetchFn(request.probeUrl, { mode: 'no-cors', signal });
    return 'blocked';
  } catch {
    return 'unreachable';
  }
}

export interface Verdict {
  /** response: an answer to read; expected: what the code is meant to show; fault: something broke. */
  tone: 'response' | 'expected' | 'fault';
  /** One sentence, announced to screen readers. */
  headline: string;
  failure?: Failure;
  /** An opaque redirect: offer to send it again with redirect: 'follow'. */
  offerFollow: boolean;
  /** The body stays behind a button (the mode's hideBody). */
  hideBody: boolean;
}

/** The one-sentence explanation of a fault, naming the server. */
export const FAULTS: Readonly<Record<Failure, (server: string) => string>> = {
  timeout: (server) => `No answer from ${server} within ${TIMEOUT_MS / 1000} s: it is slow or stuck.`,
  unreachable: (server) =>
    `No usable answer from ${server}: it is down, the address is wrong, it does not speak HTTP, or you are offline.`,
  blocked: (server) =>
    `${server} answered without CORS headers, so the browser hid the response: it does not allow calls from other sites, or it is failing and sent an error page.`,
  'redirect-loop': (server) =>
    `${server} answered with a redirect, and following it failed: the redirects never end (browsers stop after 20), or they lead where this page may not go.`,
  'cut-off': (server) =>
    `${server} began its response, then the connection ended before the whole body arrived (less than its Content-Length promised).`,
};

/** What one outcome means for a code in its mode. */
export function interpret(code: number, mode: LiveMode, server: string, outcome: Outcome): Verdict {
  const verdict = { offerFollow: false, hideBody: false };
  if ('failure' in outcome) {
    if (LIVE_MODES[mode].rejects && outcome.failure === 'blocked')
      return {
        ...verdict,
        tone: 'expected',
        headline: `fetch() rejected with a TypeError, as expected: Chromium refuses a ${code} from a server that is not a proxy.`,
      };
    return { ...verdict, tone: 'fault', failure: outcome.failure, headline: FAULTS[outcome.failure](server) };
  }
  const { status, statusText, type, redirected, url } = outcome.received;
  if (type === 'opaqueredirect')
    return {
      ...verdict,
      tone: 'expected',
      offerFollow: true,
      headline: `Opaque redirect in ${outcome.ms} ms: status 0, no readable headers or body.`,
    };
  const line = `${status} ${statusText}`.trim();
  const where = redirected ? `, after following redirects to ${url}` : '';
  const asked = !redirected && status !== code ? ` (asked for ${code})` : '';
  return {
    ...verdict,
    tone: 'response',
    hideBody: LIVE_MODES[mode].hideBody,
    headline: `${line}${asked} in ${outcome.ms} ms${where}.`,
  };
}
