import { describe, expect, it } from 'vitest';
import { hiddenResponseHeaders } from '../../../src/lib/live/hidden-headers.ts';

describe('hiddenResponseHeaders', () => {
  const header = (name: string) => ({ name, note: `${name} note` });
  it('keeps response fields script cannot read cross-origin', () => {
    const names = ['Location', 'WWW-Authenticate', 'Retry-After', 'Proxy-Authenticate', 'Set-Cookie'];
    expect(hiddenResponseHeaders(names.map(header)).map((h) => h.name)).toEqual(names);
  });
  it('drops CORS-safelisted fields, request-only fields and repeats', () => {
    const list = ['Content-Type', 'cache-control', 'Authorization', 'Expect', 'If-Match', 'CF-Ray', 'cf-ray'].map(
      header,
    );
    expect(hiddenResponseHeaders(list)).toEqual([header('CF-Ray')]);
  });
});
