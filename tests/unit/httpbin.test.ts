import { describe, expect, it } from 'vitest';
import { checkServer, fetchSnippet, FALLBACK_HTTPBIN_URL } from '../../src/lib/httpbin.ts';
import { hiddenResponseHeaders } from '../../src/lib/hidden-headers.ts';

describe('checkServer', () => {
  it('accepts http and https servers, normalized without a trailing slash', () => {
    expect(checkServer(' https://httpbingo.org/ ')).toEqual({ server: 'https://httpbingo.org' });
    expect(checkServer('http://127.0.0.1:8080', 'http:')).toEqual({ server: 'http://127.0.0.1:8080' });
    expect(checkServer('https://example.org/tools/httpbin/')).toEqual({ server: 'https://example.org/tools/httpbin' });
  });
  it('explains what is wrong with anything else', () => {
    expect(checkServer('httpbingo.org')).toEqual({
      error: `"httpbingo.org" is not a URL: type the full address, such as ${FALLBACK_HTTPBIN_URL}`,
    });
    expect(checkServer('ftp://example.org')).toEqual({
      error: 'ftp: is not supported: the address must start with https:// or http://',
    });
    expect(checkServer('javascript:alert(1)')).toMatchObject({
      error: expect.stringMatching(/^javascript: is not supported/),
    });
    expect(checkServer('https://user:secret@example.org')).toMatchObject({
      error: expect.stringMatching(/user name and password/),
    });
    expect(checkServer('https://example.org/?x=1')).toMatchObject({
      error: expect.stringMatching(/query or # fragment/),
    });
    expect(checkServer('https://example.org/#top')).toMatchObject({
      error: expect.stringMatching(/query or # fragment/),
    });
  });
  it('refuses plain http from an https page, except on this machine', () => {
    expect(checkServer('http://httpbin.org', 'https:')).toEqual({
      error: 'This page is served over https, so the browser blocks http://httpbin.org: use https://',
    });
    expect(checkServer('http://httpbin.org', 'http:')).toEqual({ server: 'http://httpbin.org' });
    expect(checkServer('http://localhost:8080', 'https:')).toEqual({ server: 'http://localhost:8080' });
    expect(checkServer('http://127.0.0.1:8080', 'https:')).toEqual({ server: 'http://127.0.0.1:8080' });
    expect(checkServer('http://[::1]:8080', 'https:')).toEqual({ server: 'http://[::1]:8080' });
  });
});

describe('fetchSnippet', () => {
  it('is the request the widget sends, with only non-default options', () => {
    expect(fetchSnippet('https://httpbin.org', 409)).toBe(
      "const response = await fetch('https://httpbin.org/status/409');\n" +
        'console.log(response.status, response.statusText, [...response.headers]);',
    );
    expect(fetchSnippet('https://httpbin.org', 301, 'POST', 'manual').split('\n')[0]).toBe(
      "const response = await fetch('https://httpbin.org/status/301', { method: 'POST', redirect: 'manual' });",
    );
    expect(fetchSnippet('https://httpbin.org', 302, 'GET', 'manual').split('\n')[0]).toBe(
      "const response = await fetch('https://httpbin.org/status/302', { redirect: 'manual' });",
    );
  });
});

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
