import { describe, expect, it } from 'vitest';
import {
  BODY_LIMIT,
  bodyText,
  buildRequest,
  interpret,
  sendRequest,
  TIMEOUT_MS,
  type FetchLike,
  type LiveRequest,
  type Outcome,
  type Received,
  type ResponseLike,
  type Failure,
} from '../../../src/lib/live/request.ts';

const SERVER = 'http://127.0.0.1:9';

/** A fetch test double: answers with `respond` and records every call. */
function fakeFetch(respond: FetchLike) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchFn: FetchLike = (url, init) => {
    calls.push({ url, init });
    return respond(url, init);
  };
  return { fetchFn, calls };
}

const failedToFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** Never settles until the request's signal aborts, like a server that accepts and never answers. */
const neverAnswers: FetchLike = (_url, init) =>
  new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));

const opaqueRedirect = (url: string): ResponseLike => ({
  status: 0,
  statusText: '',
  ok: false,
  type: 'opaqueredirect',
  redirected: false,
  url,
  headers: new Headers(),
  body: null,
});

/** A clock that advances 5 ms per reading, so elapsed times are exact. */
function steppingClock() {
  let t = 1000;
  return () => (t += 5);
}

const request = (code: number, mode: Parameters<typeof buildRequest>[2] = 'normal') =>
  buildRequest(SERVER, code, mode, 'GET') as LiveRequest;

describe('buildRequest', () => {
  it('asks httpbin for the code with the chosen method, following redirects by default', () => {
    expect(buildRequest(SERVER, 409, 'normal', 'PATCH')).toEqual({
      url: `${SERVER}/status/409`,
      method: 'PATCH',
      redirect: 'follow',
      probeUrl: `${SERVER}/status/200`,
    });
  });
  it("sends 3xx with redirect: 'manual'", () => {
    expect(buildRequest(SERVER, 301, 'redirect', 'GET')?.redirect).toBe('manual');
  });
  it('sends nothing for 1xx', () => {
    expect(buildRequest(SERVER, 100, 'interim', 'GET')).toBeNull();
  });
  it('passes httpbin weighted code lists through', () => {
    expect(buildRequest(`${SERVER}/`, '503:0.6,200:0.4', 'normal', 'GET')?.url).toBe(
      `${SERVER}/status/503:0.6,200:0.4`,
    );
  });
});

describe('sendRequest', () => {
  it('reports status, type, readable headers, body and elapsed time', async () => {
    const { fetchFn, calls } = fakeFetch(
      async () =>
        new Response('{"detail":"taken"}', {
          status: 409,
          statusText: 'CONFLICT',
          headers: { 'content-type': 'application/json' },
        }),
    );
    const outcome = await sendRequest(fetchFn, request(409), 1000, steppingClock());
    expect(outcome).toEqual({
      received: {
        status: 409,
        statusText: 'CONFLICT',
        ok: false,
        type: 'default',
        redirected: false,
        url: '',
        headers: [['content-type', 'application/json']],
        body: { text: '{"detail":"taken"}', truncated: false },
      },
      ms: 5,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${SERVER}/status/409`);
    expect(calls[0]?.init).toMatchObject({ method: 'GET', redirect: 'follow' });
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('truncates a long body instead of reading all of it', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode('x'.repeat(500)));
      },
    });
    const { fetchFn } = fakeFetch(async () => new Response(endless, { status: 200 }));
    const outcome = await sendRequest(fetchFn, request(200));
    expect('received' in outcome && outcome.received.body).toEqual({ text: 'x'.repeat(BODY_LIMIT), truncated: true });
    expect(pulled).toBeLessThan(10);
  });

  it('keeps a hostile body as the exact text it was', async () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { fetchFn } = fakeFetch(async () => new Response(html, { status: 200 }));
    const outcome = await sendRequest(fetchFn, request(200));
    expect('received' in outcome && outcome.received.body?.text).toBe(html);
  });

  it('has no body for an opaque redirect', async () => {
    const { fetchFn } = fakeFetch(async (url) => opaqueRedirect(url));
    const outcome = await sendRequest(fetchFn, request(301, 'redirect'));
    expect('received' in outcome && outcome.received).toMatchObject({ status: 0, type: 'opaqueredirect', body: null });
  });

  it('calls a rejection "blocked" when an opaque no-cors request still gets an answer', async () => {
    const { fetchFn, calls } = fakeFetch((_url, init) =>
      init.mode === 'no-cors' ? Promise.resolve(opaqueRedirect('')) : failedToFetch(),
    );
    expect(await sendRequest(fetchFn, request(503))).toMatchObject({ failure: 'blocked' });
    expect(calls.map((c) => [c.url, c.init.mode, c.init.redirect])).toEqual([
      [`${SERVER}/status/503`, undefined, 'follow'],
      [`${SERVER}/status/503`, undefined, 'manual'],
      [`${SERVER}/status/200`, 'no-cors', undefined],
    ]);
  });

  it('calls a rejection "unreachable" when the probe fails too', async () => {
    const { fetchFn, calls } = fakeFetch(failedToFetch);
    expect(await sendRequest(fetchFn, request(409))).toMatchObject({ failure: 'unreachable' });
    expect(calls).toHaveLength(3);
  });

  it('calls a rejection a redirect problem when the same request, unfollowed, is a redirect', async () => {
    const { fetchFn } = fakeFetch((url, init) =>
      init.redirect === 'manual' ? Promise.resolve(opaqueRedirect(url)) : failedToFetch(),
    );
    expect(await sendRequest(fetchFn, request(302))).toMatchObject({ failure: 'redirect-loop' });
  });

  it('calls a body that breaks off before its end cut off, not a CORS problem', async () => {
    const { fetchFn, calls } = fakeFetch(async () => {
      const broken = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('partial'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(broken, { status: 200 });
    });
    expect(await sendRequest(fetchFn, request(200))).toMatchObject({ failure: 'cut-off' });
    expect(calls).toHaveLength(1);
  });

  it('gives up at the time limit with a timeout, without probing', async () => {
    const { fetchFn, calls } = fakeFetch(neverAnswers);
    const started = Date.now();
    expect(await sendRequest(fetchFn, request(409), 30)).toMatchObject({ failure: 'timeout' });
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
    expect(calls).toHaveLength(1);
  });

  it('counts a probe that runs out of time as a timeout', async () => {
    const { fetchFn } = fakeFetch((url, init) => (init.mode === 'no-cors' ? neverAnswers(url, init) : failedToFetch()));
    expect(await sendRequest(fetchFn, request(409), 30)).toMatchObject({ failure: 'timeout' });
  });

  it('times out a body that stops arriving', async () => {
    const { fetchFn } = fakeFetch(async (_url, init) => {
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('partial'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stalled, { status: 200 });
    });
    expect(await sendRequest(fetchFn, request(200), 30)).toMatchObject({ failure: 'timeout' });
  });
});

describe('interpret', () => {
  const received = (status: number, extra: Partial<Received> = {}): Outcome => ({
    received: {
      status,
      statusText: 'X',
      ok: status < 300,
      type: 'cors',
      redirected: false,
      url: `${SERVER}/status/${status}`,
      headers: [],
      body: { text: '', truncated: false },
      ...extra,
    },
    ms: 12,
  });

  it('states the code, reason phrase and time of an ordinary answer', () => {
    expect(interpret(409, 'normal', SERVER, received(409))).toEqual({
      tone: 'response',
      headline: '409 X in 12 ms.',
      offerFollow: false,
      hideBody: false,
    });
  });

  it('leaves out an empty reason phrase (HTTP/2 has none)', () => {
    expect(interpret(409, 'normal', SERVER, received(409, { statusText: '' })).headline).toBe('409 in 12 ms.');
  });

  it('says so when the server answered another code than the one asked for', () => {
    expect(interpret(409, 'normal', SERVER, received(200)).headline).toBe('200 X (asked for 409) in 12 ms.');
  });

  it('explains an opaque redirect and offers to follow it', () => {
    const verdict = interpret(301, 'redirect', SERVER, received(0, { type: 'opaqueredirect', body: null }));
    expect(verdict).toMatchObject({ tone: 'expected', offerFollow: true });
    expect(verdict.headline).toMatch(/opaque redirect.*status 0/i);
  });

  it('shows where a followed redirect ended', () => {
    const verdict = interpret(302, 'normal', SERVER, received(200, { redirected: true, url: `${SERVER}/get` }));
    expect(verdict.headline).toBe(`200 X in 12 ms, after following redirects to ${SERVER}/get.`);
  });

  it('hides the 402 body', () => {
    expect(interpret(402, 'hide-body', SERVER, received(402)).hideBody).toBe(true);
  });

  it('presents the 407 rejection as the expected outcome, but not an unreachable server', () => {
    const rejected = interpret(407, 'proxy-rejected', SERVER, { failure: 'blocked', ms: 3 });
    expect(rejected.tone).toBe('expected');
    expect(rejected).not.toHaveProperty('failure');
    expect(rejected.headline).toMatch(/as expected/);
    expect(interpret(407, 'proxy-rejected', SERVER, { failure: 'unreachable', ms: 3 })).toMatchObject({
      tone: 'fault',
      failure: 'unreachable',
    });
  });

  it('names the server and the likely cause of each fault', () => {
    const headline = (failure: Failure) => interpret(409, 'normal', SERVER, { failure, ms: 3 }).headline;
    expect(headline('timeout')).toBe(`No answer from ${SERVER} within 8 s: it is slow or stuck.`);
    expect(headline('unreachable')).toMatch(
      new RegExp(`^No usable answer from ${SERVER}: it is down.*does not speak HTTP`),
    );
    expect(headline('blocked')).toMatch(/without CORS headers.*error page/);
    expect(headline('redirect-loop')).toMatch(
      /answered with a redirect, and following it failed: the redirects never end/,
    );
    expect(headline('cut-off')).toMatch(/the connection ended before the whole body arrived/);
    expect(interpret(409, 'normal', SERVER, { failure: 'blocked', ms: 3 })).toMatchObject({
      tone: 'fault',
      failure: 'blocked',
    });
  });
});

describe('a scenario request', () => {
  it('sends its header fields and body, and nothing extra for the status widget', async () => {
    const { fetchFn, calls } = fakeFetch(async () => new Response('{}'));
    await sendRequest(fetchFn, { ...request(200), method: 'POST', headers: [['X-A', '1']], body: 'b' });
    expect(calls[0]?.init).toMatchObject({ method: 'POST', headers: [['X-A', '1']], body: 'b' });
    await sendRequest(fetchFn, request(200));
    expect(Object.keys(calls[1]?.init ?? {}).sort()).toEqual(['method', 'redirect', 'signal']);
  });
});

describe('bodyText', () => {
  it('says a null, empty or cut-off body in words', () => {
    expect(bodyText(null)).toBe('(none: response.body is null)');
    expect(bodyText({ text: '', truncated: false })).toBe('(empty)');
    expect(bodyText({ text: 'abc', truncated: true })).toBe(`abc\n… (cut at ${BODY_LIMIT} characters)`);
  });
});
