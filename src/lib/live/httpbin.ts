/**
 * Requests against an httpbin-compatible server, shared by the "Try it" block (at build time) and
 * the live widget (in the browser). The snippets a reader copies are written from the request the
 * widget sends, so the two cannot differ.
 */

export const DEFAULT_HTTPBIN_URL = 'https://httpbin.org';

/** Offered when the configured server fails: go-httpbin, a separate implementation on another host. */
export const FALLBACK_HTTPBIN_URL = 'https://httpbingo.org';

/** Methods the widget offers: all of them are routed by httpbin's /status/ endpoint. */
export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type Method = (typeof METHODS)[number];

/** The server configured at build time (PUBLIC_HTTPBIN_URL), without a trailing slash. */
export function normalizeServer(url: string | undefined): string {
  const value = (url ?? '').trim() || DEFAULT_HTTPBIN_URL;
  return value.replace(/\/+$/, '');
}

/** `codes` is one code, or httpbin's weighted list such as "503:0.6,200:0.4". */
export function statusUrl(server: string, codes: number | string): string {
  return `${normalizeServer(server)}/status/${codes}`;
}

/** The parts of a request the copied snippets show (a LiveRequest from ./request.ts fits). */
export interface RequestShape {
  url: string;
  method: Method;
  /** 'manual' when fetch() must not follow a redirect. */
  redirect?: RequestRedirect;
  /** Request header fields beyond the browser's own (scenarios). */
  headers?: readonly (readonly [string, string])[];
  body?: string;
  /** The server answers with redirects to follow: curl needs -L, and stops where fetch() does. */
  followsRedirects?: boolean;
}

/** Redirects fetch() follows before it fails (Fetch standard, "HTTP-redirect fetch"). */
export const MAX_REDIRECTS = 20;

/** A word for a POSIX shell: bare when it holds only characters a shell leaves alone, else quoted. */
export const shellWord = (word: string) =>
  /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;

/** A JavaScript string literal in single quotes, whatever the text holds. */
const jsString = (text: string) =>
  `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

/** The request as a curl command a reader can paste: -i shows the status line and headers. */
export function curlCommand({ url, method, headers = [], body, followsRedirects }: RequestShape): string {
  // With a body curl sends POST by itself and, like fetch(), switches it to GET on 301, 302 and 303;
  // an explicit -X POST would keep POST through every redirect.
  const implied = body === undefined ? 'GET' : 'POST';
  return [
    'curl -i',
    ...(followsRedirects ? [`-L --max-redirs ${MAX_REDIRECTS}`] : []),
    ...(method === implied ? [] : [`-X ${method}`]),
    ...headers.map(([name, value]) => `-H ${shellWord(`${name}: ${value}`)}`),
    ...(body === undefined ? [] : [`--data-raw ${shellWord(body)}`]),
    shellWord(url),
  ].join(' ');
}

/** The same request as `fetch()` code, with only the options that differ from the defaults. */
export function fetchSnippet({ url, method, redirect = 'follow', headers = [], body }: RequestShape): string {
  const fields = headers.map(([name, value]) => `${jsString(name)}: ${jsString(value)}`).join(', ');
  const options = [
    method === 'GET' ? '' : `method: '${method}'`,
    fields && `headers: { ${fields} }`,
    body === undefined ? '' : `body: ${jsString(body)}`,
    redirect === 'follow' ? '' : `redirect: '${redirect}'`,
  ].filter(Boolean);
  const init = options.length ? `, { ${options.join(', ')} }` : '';
  return [
    `const response = await fetch(${jsString(url)}${init});`,
    'console.log(response.status, response.statusText, [...response.headers]);',
  ].join('\n');
}

/**
 * The hosts an https page may reach over plain http: the reader's own machine. Browsers trust all
 * of 127.0.0.0/8 and [::1], but a Content-Security-Policy source cannot name [::1], so the policy
 * (src/lib/seo/content-security-policy.ts) lists exactly these two and the widget accepts no others.
 */
export const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'] as const;

/** Longest server address the widget takes: a server, not a document. */
export const MAX_SERVER_LENGTH = 200;

export type ServerCheck = { server: string } | { error: string };

/**
 * Validates a server a reader types into the widget's settings. `pageProtocol` is the page's own
 * (location.protocol): an https page may not call a plain-http server except on this machine.
 */
export function checkServer(input: string, pageProtocol = 'https:'): ServerCheck {
  const value = input.trim();
  if (value.length > MAX_SERVER_LENGTH)
    return {
      error: `The address is longer than ${MAX_SERVER_LENGTH} characters: give only the server, such as ${FALLBACK_HTTPBIN_URL}`,
    };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `"${value}" is not a URL: type the full address, such as ${FALLBACK_HTTPBIN_URL}` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { error: `${url.protocol} is not supported: the address must start with https:// or http://` };
  if (url.username || url.password) return { error: 'Remove the user name and password from the address' };
  if (url.search || url.hash) return { error: 'Remove the ? query or # fragment: give only the server address' };
  const loopback = (LOOPBACK_HOSTS as readonly string[]).includes(url.hostname);
  if (url.protocol === 'http:' && !loopback && /^(\[::1\]|127(\.\d{1,3}){3})$/.test(url.hostname))
    return {
      error: `Use http://localhost:${url.port || '80'} for a server on this machine: this page may reach only localhost and 127.0.0.1 over plain http`,
    };
  if (pageProtocol === 'https:' && url.protocol === 'http:' && !loopback)
    return { error: `This page is served over https, so the browser blocks http://${url.host}: use https://` };
  return { server: normalizeServer(url.origin + url.pathname) };
}
