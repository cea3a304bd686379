/**
 * Whether an answer shows what a scenario says it shows (its `expect`), as a list of mismatches:
 * empty when it does. The scenarios test checks Node's fetch() and the page in Chromium with it.
 */
import type { Outcome } from '../../src/lib/live/request.ts';
import { echoedMethod } from '../../src/lib/live/scenario-request.ts';
import type { Expectation } from '../../src/lib/live/scenarios.ts';

/** httpbin's echo of the request body (/anything's "data"), or null when the body is no echo. */
function echoedData(text: string): string | null {
  try {
    const echo: unknown = JSON.parse(text);
    return echo && typeof echo === 'object' && 'data' in echo && typeof echo.data === 'string' ? echo.data : null;
  } catch {
    return null;
  }
}

export function outcomeProblems(expect: Expectation, outcome: Outcome): string[] {
  if (expect.failure !== undefined)
    return 'failure' in outcome && outcome.failure === expect.failure
      ? []
      : [
          `fetch() should fail with ${expect.failure}, got ${'failure' in outcome ? outcome.failure : outcome.received.status}`,
        ];
  if ('failure' in outcome) return [`should answer ${expect.status}, fetch() failed: ${outcome.failure}`];
  const { status, redirected, url, headers, body } = outcome.received;
  const text = body?.text ?? '';
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => ok || problems.push(message);
  check(status === expect.status, `status ${status}, expected ${expect.status}`);
  if (expect.method !== undefined)
    check(echoedMethod(text) === expect.method, `the server saw ${echoedMethod(text)}, expected ${expect.method}`);
  if (expect.data !== undefined)
    check(
      echoedData(text) === expect.data,
      `the server got the body ${JSON.stringify(echoedData(text))}, expected ${JSON.stringify(expect.data)}`,
    );
  if (expect.finalPath !== undefined)
    check(
      redirected && new URL(url).pathname === expect.finalPath,
      `ended at ${url} (redirected: ${redirected}), expected ${expect.finalPath}`,
    );
  if (expect.bodyIncludes !== undefined)
    check(
      text.includes(expect.bodyIncludes),
      `the body lacks ${JSON.stringify(expect.bodyIncludes)}: ${text.slice(0, 200)}`,
    );
  if (expect.emptyBody) check(text === '', `the body should be empty: ${text.slice(0, 200)}`);
  const header = expect.header;
  if (header)
    check(
      headers.some(([name, value]) => name.toLowerCase() === header.name.toLowerCase() && value === header.value),
      `no readable header ${header.name}: ${header.value} among ${headers.map(([n]) => n).join(', ')}`,
    );
  return problems;
}
