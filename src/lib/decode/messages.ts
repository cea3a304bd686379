/**
 * The error messages the decoder recognises, each with what it means, the layer that writes it
 * and the page that explains it. Wordings come from their sources: the browsers' fetch() messages
 * (Chrome "Failed to fetch", Firefox "NetworkError when attempting to fetch resource.", Safari
 * "Load failed"), Chrome's net::ERR_* names, curl's exit codes (libcurl-errors, curl 8), nginx's
 * error log (src/http/ngx_http_upstream.c and the limit modules, nginx 1.31) and Cloudflare's
 * error pages.
 */
import type { ErrorSlug } from './error-pages.ts';

export type LayerId = 'browser' | 'client' | 'curl' | 'nginx' | 'cloudflare';

export interface KnownMessage {
  /** Matched against the pasted text. */
  pattern: RegExp;
  /** A short name for what was recognised: "curl exit code 52". */
  label: string;
  /** What happened, in one or two sentences. */
  meaning: string;
  layer: LayerId;
  /** The status code this message comes with, when there is one. */
  code?: number;
  /** The page that explains it, when it is not a status code. */
  error?: ErrorSlug;
}

/** In order: the first match wins, so the more specific wordings come first. */
export const KNOWN_MESSAGES: readonly KnownMessage[] = [
  // Cloudflare's 1xxx error pages, with the HTTP status each is served with.
  {
    pattern: /\berror\s*(?:code\s*)?1015\b/i,
    label: 'Cloudflare error 1015',
    meaning: 'Cloudflare rate limited you: a rate-limiting rule of the site matched your requests.',
    layer: 'cloudflare',
    code: 429,
    error: 'cloudflare-1015',
  },
  {
    pattern: /\berror\s*(?:code\s*)?1020\b/i,
    label: 'Cloudflare error 1020',
    meaning: 'A firewall (WAF) rule of the site blocked the request at Cloudflare; the origin never saw it.',
    layer: 'cloudflare',
    code: 403,
    error: 'cloudflare-1020',
  },
  {
    pattern: /\berror\s*(?:code\s*)?1016\b/i,
    label: 'Cloudflare error 1016',
    meaning: 'Cloudflare could not resolve the origin host name in the DNS record of the site.',
    layer: 'cloudflare',
    code: 530,
    error: 'cloudflare-1016',
  },
  // Browser consoles.
  {
    pattern: /ERR_TOO_MANY_REDIRECTS/i,
    label: 'net::ERR_TOO_MANY_REDIRECTS',
    meaning:
      'The browser followed redirect after redirect and gave up (the Fetch standard stops at 20): two URLs, or a proxy and the app, keep sending each other back.',
    layer: 'browser',
    error: 'err-too-many-redirects',
  },
  {
    pattern: /ERR_HTTP2_PROTOCOL_ERROR/i,
    label: 'net::ERR_HTTP2_PROTOCOL_ERROR',
    meaning:
      'The HTTP/2 stream was reset or broke the protocol, often because a proxy or the server aborted the response part-way.',
    layer: 'browser',
    error: 'err-http2-protocol-error',
  },
  {
    pattern: /blocked by CORS policy|Cross-Origin Request Blocked|Access-Control-Allow-Origin/i,
    label: 'a CORS error',
    meaning:
      'The browser withheld the response from your script because its CORS headers did not allow this origin (or the preflight failed); the server may well have answered.',
    layer: 'browser',
    error: 'cors-error',
  },
  {
    pattern: /ERR_CONNECTION_REFUSED|ECONNREFUSED/i,
    label: 'connection refused',
    meaning:
      'Nothing accepted the TCP connection: no server listens on that host and port, or a firewall rejected it. No HTTP was exchanged.',
    layer: 'client',
    error: 'connection-refused',
  },
  {
    pattern: /ERR_CONNECTION_RESET|ECONNRESET|socket hang up/i,
    label: 'connection reset',
    meaning:
      'The other end (the server, a proxy or a load balancer) closed the connection abruptly before a complete response arrived.',
    layer: 'client',
    error: 'connection-reset',
  },
  {
    pattern: /Failed to fetch|NetworkError when attempting to fetch resource|\bLoad failed\b/i,
    label: 'a fetch() network error',
    meaning:
      'fetch() rejected without a response: the request never completed (offline, DNS, refused, reset, TLS), was blocked (CORS, mixed content, an extension), or was aborted. Chrome says "Failed to fetch", Firefox "NetworkError when attempting to fetch resource.", Safari "Load failed".',
    layer: 'browser',
    error: 'failed-to-fetch',
  },
  {
    pattern: /\bstatus(?:\s*code)?(?:\s*(?:is|of|[:=]+))?\s*0\b/i,
    label: 'status 0',
    meaning:
      'A status of 0 is not from the server: the browser reports it when there was no readable response (network error, CORS, an aborted request, or an opaque response).',
    layer: 'browser',
    error: 'status-0',
  },
  // curl's exit codes (libcurl-errors: CURLE_*), and what -w '%{http_code}' prints without a response.
  {
    pattern: /^\s*(?:(?:http_code|status|code)\s*[:=]?\s*)?000\s*$/i,
    label: '000',
    meaning:
      'Not a status code: curl -w "%{http_code}" prints 000, and load-balancer logs show 000, when no HTTP response arrived (the connection failed, timed out or closed first).',
    layer: 'curl',
    error: '000',
  },
  {
    pattern: /curl: \(52\)/i,
    label: 'curl exit code 52 (CURLE_GOT_NOTHING)',
    meaning: 'The server closed the connection without sending a single byte of response.',
    layer: 'curl',
    error: 'curl-52-empty-reply',
  },
  {
    pattern: /curl: \(7\)/i,
    label: 'curl exit code 7 (CURLE_COULDNT_CONNECT)',
    meaning: 'curl could not connect to the host: the connection was refused, or the host was unreachable.',
    layer: 'curl',
    error: 'connection-refused',
  },
  {
    pattern: /curl: \(56\)/i,
    label: 'curl exit code 56 (CURLE_RECV_ERROR)',
    meaning: 'Receiving data failed, most often because the connection was reset.',
    layer: 'curl',
    error: 'connection-reset',
  },
  {
    pattern: /curl: \(47\)/i,
    label: 'curl exit code 47 (CURLE_TOO_MANY_REDIRECTS)',
    meaning: 'curl stopped following redirects at its limit (--max-redirs, 50 by default).',
    layer: 'curl',
    error: 'err-too-many-redirects',
  },
  {
    pattern: /curl: \(28\)/i,
    label: 'curl exit code 28 (CURLE_OPERATION_TIMEDOUT)',
    meaning:
      'curl gave up waiting (--max-time or --connect-timeout): the time limit is on your side, so there is no status code. A gateway that times out instead answers 504.',
    layer: 'curl',
  },
  {
    pattern: /curl: \(6\)/i,
    label: 'curl exit code 6 (CURLE_COULDNT_RESOLVE_HOST)',
    meaning: 'The host name did not resolve in DNS; no connection was made.',
    layer: 'curl',
  },
  {
    pattern: /curl: \((35|60)\)/i,
    label: 'a curl TLS error',
    meaning:
      'The TLS handshake failed (35) or the server certificate could not be verified (60); no HTTP was exchanged.',
    layer: 'curl',
  },
  // nginx's error log.
  {
    pattern: /upstream timed out/i,
    label: 'nginx: upstream timed out',
    meaning:
      'nginx waited for the upstream (proxy_connect_timeout or proxy_read_timeout, 60 s by default) and gave up; it answers the client 504.',
    layer: 'nginx',
    code: 504,
  },
  {
    pattern: /connect\(\) failed \(111: Connection refused\)/i,
    label: 'nginx: connect() failed (Connection refused)',
    meaning: 'Nothing listened at the upstream address nginx proxies to; it answers the client 502.',
    layer: 'nginx',
    code: 502,
  },
  {
    pattern: /no live upstreams/i,
    label: 'nginx: no live upstreams',
    meaning:
      'Every server of the upstream group was marked failed, so nginx had nowhere to send the request; it answers 502.',
    layer: 'nginx',
    code: 502,
  },
  {
    pattern: /upstream prematurely closed/i,
    label: 'nginx: upstream prematurely closed connection',
    meaning: 'The upstream closed the connection before sending a complete response header; nginx answers 502.',
    layer: 'nginx',
    code: 502,
  },
  {
    pattern: /upstream sent too big header/i,
    label: 'nginx: upstream sent too big header',
    meaning: 'The upstream response header did not fit in proxy_buffer_size; nginx answers 502.',
    layer: 'nginx',
    code: 502,
  },
  {
    pattern: /client intended to send too large (?:chunked )?body/i,
    label: 'nginx: client intended to send too large body',
    meaning: 'The request body is larger than client_max_body_size (1m by default); nginx answers 413.',
    layer: 'nginx',
    code: 413,
  },
  {
    pattern: /limiting (?:requests|connections)/i,
    label: 'nginx: limiting requests or connections',
    meaning:
      'A limit_req or limit_conn zone rejected the request; nginx answers 503 unless limit_req_status or limit_conn_status sets another code (often 429).',
    layer: 'nginx',
    code: 503,
  },
];

export const findMessage = (text: string): KnownMessage | undefined => KNOWN_MESSAGES.find((m) => m.pattern.test(text));
