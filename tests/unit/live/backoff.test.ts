import { describe, expect, it } from 'vitest';
import {
  attemptLine,
  backoffDelays,
  retryDemoCodes,
  retrySummary,
  retryWithBackoff,
  type Attempt,
} from '../../../src/lib/live/backoff.ts';
import type { Outcome } from '../../../src/lib/live/request.ts';

const answer = (status: number, statusText = ''): Outcome => ({
  received: { status, statusText, ok: status < 300, type: 'cors', redirected: false, url: '', headers: [], body: null },
  ms: 4,
});

describe('backoff schedule', () => {
  it('waits nothing first, then doubles, with half of each wait random', () => {
    expect(backoffDelays(5, 250, 4000, () => 0)).toEqual([0, 125, 250, 500, 1000]);
    expect(backoffDelays(5, 250, 4000, () => 1)).toEqual([0, 250, 500, 1000, 2000]);
  });
  it('caps the wait', () => {
    expect(backoffDelays(8, 1000, 3000, () => 1).slice(-3)).toEqual([3000, 3000, 3000]);
  });
  it('asks httpbin for the code most of the time and a success otherwise', () => {
    expect(retryDemoCodes(503)).toBe('503:0.6,200:0.4');
  });
});

describe('retryWithBackoff', () => {
  /** Replays `outcomes` in order and records the waits, without real time passing. */
  async function replay(outcomes: Outcome[], delays = [0, 100, 200, 400, 800]) {
    const waits: number[] = [];
    const seen: Attempt[] = [];
    let next = 0;
    const attempts = await retryWithBackoff(
      async () => outcomes[next++] ?? answer(599),
      delays,
      async (ms) => void waits.push(ms),
      (attempt) => seen.push(attempt),
    );
    return { attempts, waits, seen, sent: next };
  }

  it('retries 503 and 429 with the scheduled waits until a success', async () => {
    const { attempts, waits, seen, sent } = await replay([answer(503), answer(429), answer(200)]);
    expect(sent).toBe(3);
    expect(waits).toEqual([100, 200]);
    expect(seen).toEqual(attempts);
    expect(attempts.map((a) => [a.number, a.waitedMs])).toEqual([
      [1, 0],
      [2, 100],
      [3, 200],
    ]);
  });

  it('stops when the schedule runs out', async () => {
    const { sent, attempts } = await replay(Array.from({ length: 9 }, () => answer(503)));
    expect(sent).toBe(5);
    expect(retrySummary(attempts)).toBe('Gave up after 5 attempts and 1500 ms of waiting in all.');
  });

  it('stops at a status that is not worth retrying, and at a fault', async () => {
    expect((await replay([answer(503), answer(404)])).sent).toBe(2);
    expect((await replay([answer(503), { failure: 'unreachable', ms: 1 }, answer(200)])).sent).toBe(2);
  });
});

describe('retry demo text', () => {
  it('describes each attempt', () => {
    expect(attemptLine({ number: 1, waitedMs: 0, outcome: answer(503, 'SERVICE UNAVAILABLE') })).toBe(
      'Attempt 1: 503 SERVICE UNAVAILABLE',
    );
    expect(attemptLine({ number: 2, waitedMs: 180, outcome: answer(200) })).toBe('Attempt 2 after waiting 180 ms: 200');
    expect(attemptLine({ number: 3, waitedMs: 1, outcome: { failure: 'timeout', ms: 8000 } })).toBe(
      'Attempt 3 after waiting 1 ms: no answer in time',
    );
  });
  it('sums up how the demo ended', () => {
    const attempts: Attempt[] = [
      { number: 1, waitedMs: 0, outcome: answer(503) },
      { number: 2, waitedMs: 140, outcome: answer(200) },
    ];
    expect(retrySummary(attempts)).toBe('Got 200 on attempt 2, after 140 ms of waiting in all.');
    expect(retrySummary([{ number: 1, waitedMs: 0, outcome: { failure: 'blocked', ms: 2 } }])).toBe(
      'Stopped at attempt 1: response blocked (no CORS headers).',
    );
    expect(retrySummary([])).toBe('No attempt was made.');
  });
});
