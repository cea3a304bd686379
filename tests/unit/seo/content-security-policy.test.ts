import { describe, expect, it } from 'vitest';
import { connectSources, contentSecurityPolicy, cspHash } from '../../../src/lib/seo/content-security-policy.ts';

describe('content security policy', () => {
  it('lets the widget reach any https server and loopback http servers', () => {
    expect(connectSources('https://httpbin.org')).toEqual([
      "'self'",
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
    expect(connectSources('http://127.0.0.1:8080')).toEqual(connectSources('https://httpbin.org'));
  });

  it('adds a plain-http default server that is not on the loopback interface', () => {
    expect(connectSources('http://httpbin.internal:8080')).toContain('http://httpbin.internal:8080');
  });

  it('allows WebAssembly for Pagefind and no inline scripts', () => {
    const policy = contentSecurityPolicy('https://httpbin.org');
    expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(JSON.stringify(policy)).not.toContain('unsafe-inline');
    expect(policy.directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
  });

  it("hashes a script as CSP Level 3's own example does", () => {
    // Content Security Policy Level 3, section 8.3 (hash-source example): this script and this hash.
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });
});
