/**
 * The httpbin endpoints a scenario may call, each as a path pattern. httpbin.org, httpbingo.org and
 * Debian's python3-httpbin (0.7.0, which the tests run) all serve these, so a scenario works on
 * the reader's server and in the tests alike. A path outside this list is a content error: a typo
 * such as /etga/abc would otherwise reach the reader as a 404.
 */

export interface Endpoint {
  /** As an author reads it in an error message, e.g. "/etag/{etag}". */
  template: string;
  /** The whole path, query excluded. */
  pattern: RegExp;
  /** It answers with a redirect, so a followed request ends somewhere else (curl needs -L). */
  redirects: boolean;
}

const endpoint = (template: string, pattern: RegExp, redirects = false): Endpoint => ({
  template,
  pattern,
  redirects,
});

export const ENDPOINTS: readonly Endpoint[] = [
  endpoint('/status/{codes}', /^\/status\/\d{3}(:\d+(\.\d+)?)?(,\d{3}(:\d+(\.\d+)?)?)*$/),
  endpoint('/anything', /^\/anything(\/[\w.-]+)*$/),
  endpoint('/get', /^\/get$/),
  endpoint('/post', /^\/post$/),
  endpoint('/put', /^\/put$/),
  endpoint('/patch', /^\/patch$/),
  endpoint('/delete', /^\/delete$/),
  endpoint('/etag/{etag}', /^\/etag\/[\w.-]+$/),
  endpoint('/cache', /^\/cache$/),
  endpoint('/range/{bytes}', /^\/range\/\d+$/),
  endpoint('/basic-auth/{user}/{password}', /^\/basic-auth\/[\w.-]+\/[\w.-]+$/),
  endpoint('/bearer', /^\/bearer$/),
  endpoint('/image', /^\/image$/),
  endpoint('/response-headers', /^\/response-headers$/),
  endpoint('/redirect-to', /^\/redirect-to$/, true),
  endpoint('/redirect/{n}', /^\/redirect\/\d+$/, true),
  endpoint('/absolute-redirect/{n}', /^\/absolute-redirect\/\d+$/, true),
];

/** The endpoint a scenario path ("/etag/abc?x=1") calls, or null when it is not in the list. */
export function endpointOf(path: string): Endpoint | null {
  const [route = ''] = path.split('?');
  return ENDPOINTS.find(({ pattern }) => pattern.test(route)) ?? null;
}

/**
 * Why a scenario path cannot be used, or null when it can. /redirect-to may only send the reader to
 * another listed endpoint on the same server: a scenario never leads off to another site.
 */
export function pathProblem(path: string): string | null {
  if (!path.startsWith('/')) return `"${path}" must start with "/": give the path on the httpbin server`;
  if (!endpointOf(path))
    return `"${path.split('?')[0]}" is not an httpbin endpoint this site knows: use one of ${ENDPOINTS.map((e) => e.template).join(', ')} (src/lib/live/endpoints.ts)`;
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  const target = query.get('url');
  if (path.startsWith('/redirect-to')) {
    if (target === null) return '/redirect-to needs ?url=/anything (a path on the same server) to redirect to';
    if (!target.startsWith('/') || target.startsWith('//') || !endpointOf(target))
      return `/redirect-to must lead to a listed endpoint on the same server, such as url=/anything, not "${target}"`;
  }
  return null;
}
