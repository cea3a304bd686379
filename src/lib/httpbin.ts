/** Requests against an httpbin-compatible server, shared by the "Try it" block and the widget. */

export const DEFAULT_HTTPBIN_URL = 'https://httpbin.org';

/** The server configured at build time (PUBLIC_HTTPBIN_URL), without a trailing slash. */
export function normalizeServer(url: string | undefined): string {
  const value = (url ?? '').trim() || DEFAULT_HTTPBIN_URL;
  return value.replace(/\/+$/, '');
}

export function statusUrl(server: string, code: number): string {
  return `${normalizeServer(server)}/status/${code}`;
}

/** A curl command a reader can paste: -i shows the status line and headers. */
export function curlCommand(server: string, code: number, method = 'GET'): string {
  const flag = method === 'GET' ? '' : ` -X ${method}`;
  return `curl -i${flag} ${statusUrl(server, code)}`;
}
