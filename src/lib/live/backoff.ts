/**
 * The "retry with backoff" demo on the 429 and 503 pages: httpbin answers a weighted list of
 * codes at random, and the widget retries the way a careful client would, showing every wait.
 */
import type { Failure, Outcome } from './request.ts';

export const RETRY_DEMO_CODES: readonly number[] = [429, 503];

/** Statuses a client may retry after waiting; anything else ends the demo. */
const RETRYABLE: readonly number[] = [408, 429, 500, 502, 503, 504];

/** httpbin's weighted syntax: the code most of the time, a success otherwise. */
export function retryDemoCodes(code: number): string {
  return `${code}:0.6,200:0.4`;
}

/**
 * The wait before each attempt (none before the first): exponential, capped, with "equal jitter"
 * (half fixed, half random) so clients that failed together do not all retry together.
 */
export function backoffDelays(
  attempts: number,
  baseMs = 250,
  capMs = 4000,
  random: () => number = Math.random,
): number[] {
  return Array.from({ length: attempts }, (_, i) => {
    if (i === 0) return 0;
    const ceiling = Math.min(capMs, baseMs * 2 ** (i - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
  });
}

export interface Attempt {
  number: number;
  waitedMs: number;
  outcome: Outcome;
}

/** Runs attempts until one is not retryable (a success, another status or a fault) or delays run out. */
export async function retryWithBackoff(
  attempt: () => Promise<Outcome>,
  delays: number[],
  sleep: (ms: number) => Promise<void>,
  onAttempt: (attempt: Attempt) => void,
): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  for (const [i, waitedMs] of delays.entries()) {
    if (waitedMs > 0) await sleep(waitedMs);
    const record = { number: i + 1, waitedMs, outcome: await attempt() };
    attempts.push(record);
    onAttempt(record);
    if ('failure' in record.outcome || !RETRYABLE.includes(record.outcome.received.status)) break;
  }
  return attempts;
}

const FAILURE_WORDS: Record<Failure, string> = {
  timeout: 'no answer in time',
  unreachable: 'server unreachable',
  blocked: 'response blocked (no CORS headers)',
  'redirect-loop': 'redirects that never end',
  'cut-off': 'response cut off',
};

export function attemptLine({ number, waitedMs, outcome }: Attempt): string {
  const result =
    'failure' in outcome
      ? FAILURE_WORDS[outcome.failure]
      : `${outcome.received.status} ${outcome.received.statusText}`.trim();
  return `Attempt ${number}${waitedMs ? ` after waiting ${waitedMs} ms` : ''}: ${result}`;
}

/** The demo's conclusion; a fault also brings up the widget's fault help. */
export function retrySummary(attempts: Attempt[]): string {
  const waited = attempts.reduce((sum, a) => sum + a.waitedMs, 0);
  const last = attempts.at(-1);
  if (!last) return 'No attempt was made.';
  if ('failure' in last.outcome) return `Stopped at attempt ${last.number}: ${FAILURE_WORDS[last.outcome.failure]}.`;
  const status = last.outcome.received.status;
  return RETRYABLE.includes(status)
    ? `Gave up after ${last.number} attempts and ${waited} ms of waiting in all.`
    : `Got ${status} on attempt ${last.number}, after ${waited} ms of waiting in all.`;
}
