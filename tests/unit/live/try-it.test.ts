import { describe, expect, it } from 'vitest';
import { tryItView } from '../../../src/lib/live/try-it.ts';

const headers = [
  { name: 'Location', note: 'Where to go.' },
  { name: 'Content-Type', note: 'Readable anyway.' },
];

describe('the "Try it" view of a code', () => {
  it('gives the curl command of the request the widget sends, and the headers script cannot read', () => {
    expect(tryItView(301, headers, 'http://127.0.0.1:8080')).toMatchObject({
      server: 'http://127.0.0.1:8080',
      mode: 'redirect',
      sends: true,
      curl: 'curl -i http://127.0.0.1:8080/status/301',
      hiddenHeaders: [{ name: 'Location', note: 'Where to go.' }],
      retryCodes: null,
    });
  });

  it('sends nothing for 1xx, so there are no hidden headers to explain', () => {
    expect(tryItView(103, headers, 'https://httpbin.org')).toMatchObject({ sends: false, hiddenHeaders: [] });
  });

  it('says where httpbin only imitates the code, citing the rule a real server follows', () => {
    expect(tryItView(103, [], 'https://httpbin.org').imitation).toMatch(/interim response/);
    expect(tryItView(101, [], 'https://httpbin.org').imitation).toMatch(/section 15\.2\.2/);
    expect(tryItView(426, [], 'https://httpbin.org').imitation).toMatch(/section 15\.5\.22/);
    expect(tryItView(499, [], 'https://httpbin.org').imitation).toMatch(/access log/);
    expect(tryItView(409, [], 'https://httpbin.org').imitation).toBeNull();
  });

  it('offers the retry demo on 429 and 503 only', () => {
    expect(tryItView(429, [], 'https://httpbin.org').retryCodes).toBe('429:0.6,200:0.4');
    expect(tryItView(503, [], 'https://httpbin.org').retryCodes).toBe('503:0.6,200:0.4');
    expect(tryItView(500, [], 'https://httpbin.org').retryCodes).toBeNull();
  });
});
