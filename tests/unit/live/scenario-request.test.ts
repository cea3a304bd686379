import { describe, expect, it } from 'vitest';
import { FAULTS } from '../../../src/lib/live/request.ts';
import { echoedMethod, scenarioHeadline, scenarioRequest } from '../../../src/lib/live/scenario-request.ts';

const received = (over: object = {}) => ({
  status: 200,
  statusText: 'OK',
  ok: true,
  type: 'cors',
  redirected: false,
  url: 'http://127.0.0.1:9/anything',
  headers: [],
  body: { text: '', truncated: false },
  ...over,
});

describe('scenarioRequest', () => {
  it("puts the reader's server in front of the path and keeps the rest", () => {
    expect(
      scenarioRequest('http://127.0.0.1:9/', {
        method: 'POST',
        path: '/redirect-to?url=/anything&status_code=307',
        headers: [['Content-Type', 'application/json']],
        body: '{}',
        redirect: 'follow',
        followsRedirects: true,
      }),
    ).toEqual({
      url: 'http://127.0.0.1:9/redirect-to?url=/anything&status_code=307',
      method: 'POST',
      headers: [['Content-Type', 'application/json']],
      body: '{}',
      redirect: 'follow',
      followsRedirects: true,
      probeUrl: 'http://127.0.0.1:9/status/200',
    });
  });
});

describe('echoedMethod', () => {
  it("reads the method from httpbin's echo, and nothing from any other body", () => {
    expect(echoedMethod('{"method":"POST","url":"x"}')).toBe('POST');
    expect(echoedMethod('{"authenticated":true}')).toBeNull();
    expect(echoedMethod('{"method":3}')).toBeNull();
    expect(echoedMethod('null')).toBeNull();
    expect(echoedMethod('<html>')).toBeNull();
  });
});

describe('scenarioHeadline', () => {
  it('names the final URL of a followed redirect and the method the server saw', () => {
    const outcome = {
      received: received({ redirected: true, body: { text: '{"method":"POST"}', truncated: false } }),
      ms: 12,
    };
    expect(scenarioHeadline(outcome, 'http://127.0.0.1:9')).toEqual({
      tone: 'response',
      text: '200 OK after following redirects to http://127.0.0.1:9/anything; the server saw POST (12 ms).',
    });
  });
  it('states a plain answer, without a reason phrase when there is none', () => {
    expect(scenarioHeadline({ received: received({ status: 304, statusText: '', body: null }), ms: 3 }, 's').text).toBe(
      '304 (3 ms).',
    );
  });
  it("explains a failure with the widget's words", () => {
    expect(scenarioHeadline({ failure: 'redirect-loop', ms: 40 }, 'http://127.0.0.1:9')).toEqual({
      tone: 'fault',
      text: FAULTS['redirect-loop']('http://127.0.0.1:9'),
    });
  });
});
