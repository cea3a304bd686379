import { describe, expect, it } from 'vitest';
import { explainHeaders, formatWait } from '../../../src/lib/decode/headers.ts';

const NOW = new Date('2026-12-04T12:00:00Z');
const meaningOf = (name: string, value: string) => explainHeaders([{ name, value }], NOW)[0]?.meaning;

describe('explainHeaders', () => {
  it('reads Retry-After in seconds as a wait and a time', () => {
    expect(meaningOf('Retry-After', '120')).toMatch(/^Wait 2 minutes before retrying: until about 12:02:00 UTC/);
    expect(meaningOf('retry-after', '3700')).toMatch(/^Wait 1 hour 1 minute /);
  });

  it('reads Retry-After as an HTTP date, past or future', () => {
    expect(meaningOf('Retry-After', 'Fri, 04 Dec 2026 12:30:00 GMT')).toBe(
      'Retry after 12:30:00 UTC, which is 30 minutes from now.',
    );
    expect(meaningOf('Retry-After', 'Fri, 04 Dec 2026 11:00:00 GMT')).toMatch(/has passed/);
    expect(meaningOf('Retry-After', 'soon')).toMatch(/^Not a valid Retry-After/);
  });

  it('names the authentication scheme, realm and error', () => {
    expect(meaningOf('WWW-Authenticate', 'Bearer realm="api", error="invalid_token"')).toBe(
      'Authenticate with the Bearer scheme (realm "api"); the server says the credentials failed with "invalid_token".',
    );
    expect(meaningOf('WWW-Authenticate', 'Basic realm="admin"')).toBe(
      'Authenticate with the Basic scheme (realm "admin").',
    );
  });

  it('reads the rate-limit fields, the reset as seconds or as a Unix time', () => {
    expect(meaningOf('RateLimit-Remaining', '0')).toMatch(/^None left/);
    expect(meaningOf('X-RateLimit-Limit', '5000')).toBe('The quota is 5000 requests per window.');
    expect(meaningOf('ratelimit-reset', '90')).toBe('The window resets in 1 minute 30 seconds.');
    expect(meaningOf('X-RateLimit-Reset', String(NOW.getTime() / 1000 + 600))).toBe(
      'The window resets at 12:10:00 UTC (a Unix time).',
    );
  });

  it('explains Location, Allow and Cache-Control, and skips headers it has nothing to say about', () => {
    expect(meaningOf('Location', '/login')).toMatch(/points to \/login/);
    expect(meaningOf('Allow', 'GET, HEAD')).toBe('The methods this resource supports: GET, HEAD.');
    expect(meaningOf('Cache-Control', 'no-store, private')).toBe(
      'no cache may store it; only the browser may store it, not shared caches.',
    );
    expect(meaningOf('Cache-Control', 'max-age=3600')).toBe('fresh for 1 hour (max-age).');
    expect(explainHeaders([{ name: 'Content-Type', value: 'text/html' }], NOW)).toEqual([]);
  });

  it('formats waits in words', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(125)).toBe('2 minutes 5 seconds');
    expect(formatWait(7200)).toBe('2 hours');
  });
});
