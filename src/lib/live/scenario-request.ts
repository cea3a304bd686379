/**
 * A scenario's request and how its answer reads, shared by the build (the copied snippets), the
 * browser (the request sent) and the tests (the request checked), so the three cannot differ.
 */
import { normalizeServer, statusUrl, type Method, type RequestShape } from './httpbin.ts';
import { FAULTS, type LiveRequest, type Outcome } from './request.ts';

/** What a page carries about a scenario's request: everything but the server, which the reader may change. */
export interface ScenarioRequestData {
  method: Method;
  /** Path and query on the httpbin server, e.g. "/etag/abc". */
  path: string;
  headers: [string, string][];
  body?: string;
  redirect: RequestRedirect;
  /** The endpoint answers with redirects and fetch() follows them. */
  followsRedirects: boolean;
}

export type ScenarioRequest = LiveRequest & RequestShape;

export function scenarioRequest(server: string, { path, ...request }: ScenarioRequestData): ScenarioRequest {
  return { ...request, url: `${normalizeServer(server)}${path}`, probeUrl: statusUrl(server, 200) };
}

/** The method httpbin's echo (/anything) says it received, or null when the body is no such echo. */
export function echoedMethod(text: string): string | null {
  try {
    const echo: unknown = JSON.parse(text);
    return echo && typeof echo === 'object' && 'method' in echo && typeof echo.method === 'string' ? echo.method : null;
  } catch {
    return null;
  }
}

export interface ScenarioHeadline {
  tone: 'response' | 'fault';
  /** One sentence for the live region. */
  text: string;
}

/** The answer, where a followed redirect ended, and the method the server saw. */
export function scenarioHeadline(outcome: Outcome, server: string): ScenarioHeadline {
  if ('failure' in outcome) return { tone: 'fault', text: FAULTS[outcome.failure](server) };
  const { status, statusText, redirected, url, body } = outcome.received;
  const method = body && echoedMethod(body.text);
  return {
    tone: 'response',
    text: [
      `${status} ${statusText}`.trim(),
      redirected ? ` after following redirects to ${url}` : '',
      method ? `; the server saw ${method}` : '',
      ` (${outcome.ms} ms).`,
    ].join(''),
  };
}
