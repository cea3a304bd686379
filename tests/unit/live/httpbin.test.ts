import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkServer,
  curlCommand,
  fetchSnippet,
  FALLBACK_HTTPBIN_URL,
  normalizeServer,
  statusUrl,
} from '../../../src/lib/live/httpbin.ts';

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
  });
  it('sends loopback addresses the page may not reach to localhost, by name', () => {
    expect(checkServer('http://[::1]:8080', 'https:')).toEqual({
      error:
        'Use http://localhost:8080 for a server on this machine: this page may reach only localhost and 127.0.0.1 over plain http',
    });
    expect(checkServer('http://127.0.0.2:8080', 'http:')).toMatchObject({
      error: expect.stringMatching(/^Use http:\/\/localhost:8080/),
    });
  });
  it('refuses an address too long to be a server', () => {
    expect(checkServer(`https://example.org/${'a'.repeat(200)}`)).toMatchObject({
      error: expect.stringMatching(/^The address is longer than 200 characters/),
    });
  });
});

describe('the server and its URLs', () => {
  it('defaults to httpbin.org and drops trailing slashes', () => {
    expect(normalizeServer(undefined)).toBe('https://httpbin.org');
    expect(normalizeServer(' http://127.0.0.1:8080/ ')).toBe('http://127.0.0.1:8080');
  });
  it('builds the status URL, also for a weighted list of codes', () => {
    expect(statusUrl('https://httpbingo.org/', 418)).toBe('https://httpbingo.org/status/418');
    expect(statusUrl('https://httpbin.org', '503:0.6,200:0.4')).toBe('https://httpbin.org/status/503:0.6,200:0.4');
  });
});

describe('curlCommand', () => {
  it('shows the status line and headers, naming the method only when it is not GET', () => {
    expect(curlCommand({ url: 'https://httpbin.org/status/409', method: 'GET' })).toBe(
      'curl -i https://httpbin.org/status/409',
    );
    expect(curlCommand({ url: 'https://httpbin.org/status/409', method: 'DELETE' })).toBe(
      'curl -i -X DELETE https://httpbin.org/status/409',
    );
  });
});

describe('copied snippets with a hostile server address', () => {
  const hostile = "http://127.0.0.1:4600/x;id;$(id)&'+alert(document.domain)+'";

  it('quote the address for the shell, so it stays one word', () => {
    const command = curlCommand({ url: `${hostile}/status/409`, method: 'GET' });
    const word = command.replace(/^curl -i /, '');
    expect(execFileSync('bash', ['-c', `printf %s ${word}`], { encoding: 'utf8' })).toBe(`${hostile}/status/409`);
  });

  it('write the address as a string literal, so no code runs', async () => {
    const seen: string[] = [];
    const snippet = fetchSnippet({ url: `${hostile}\n/status/409`, method: 'GET' });
    const run = new Function('fetch', 'console', `return (async () => { ${snippet} })();`) as (
      f: (url: string) => Promise<unknown>,
      c: { log: () => void },
    ) => Promise<void>;
    await run(async (url) => (seen.push(url), { status: 0, statusText: '', headers: [] }), { log: () => {} });
    expect(seen).toEqual([`${hostile}\n/status/409`]);
  });
});

describe('fetchSnippet', () => {
  it('is the request the widget sends, with only non-default options', () => {
    expect(fetchSnippet({ url: 'https://httpbin.org/status/409', method: 'GET' })).toBe(
      "const response = await fetch('https://httpbin.org/status/409');\n" +
        'console.log(response.status, response.statusText, [...response.headers]);',
    );
    expect(
      fetchSnippet({ url: 'https://httpbin.org/status/301', method: 'POST', redirect: 'manual' }).split('\n')[0],
    ).toBe("const response = await fetch('https://httpbin.org/status/301', { method: 'POST', redirect: 'manual' });");
    expect(
      fetchSnippet({ url: 'https://httpbin.org/status/302', method: 'GET', redirect: 'manual' }).split('\n')[0],
    ).toBe("const response = await fetch('https://httpbin.org/status/302', { redirect: 'manual' });");
  });
});

describe('snippets of a request with header fields and a body', () => {
  const shape = {
    url: 'https://httpbin.org/anything',
    method: 'PUT' as const,
    headers: [['X-Note', `it's "quoted" $(id)`]] as const,
    body: `{"a":"it's"}\n`,
  };

  it('give curl each header and the body as one shell word, unexpanded', () => {
    const command = curlCommand(shape);
    expect(command).toMatch(/^curl -i -X PUT -H /);
    const words = execFileSync('bash', ['-c', `printf '%s\\0' ${command.replace(/^curl /, '')}`], { encoding: 'utf8' });
    expect(words.split('\0').slice(0, -1)).toEqual([
      '-i',
      '-X',
      'PUT',
      '-H',
      `X-Note: it's "quoted" $(id)`,
      '--data-raw',
      `{"a":"it's"}\n`,
      'https://httpbin.org/anything',
    ]);
  });

  it('let curl infer POST from the body, so that it switches to GET on 301, 302 and 303 like fetch()', () => {
    expect(curlCommand({ url: 'https://h/redirect-to', method: 'POST', body: '{}', followsRedirects: true })).toBe(
      "curl -i -L --max-redirs 20 --data-raw '{}' https://h/redirect-to",
    );
  });

  it('give fetch() the same header fields and body as string literals', async () => {
    const seen: [string, RequestInit][] = [];
    const snippet = fetchSnippet(shape);
    const run = new Function('fetch', 'console', `return (async () => { ${snippet} })();`) as (
      f: (url: string, init: RequestInit) => Promise<unknown>,
      c: { log: () => void },
    ) => Promise<void>;
    await run(async (url, init) => (seen.push([url, init]), { status: 0, statusText: '', headers: [] }), {
      log: () => {},
    });
    expect(seen).toEqual([
      ['https://httpbin.org/anything', { method: 'PUT', headers: { 'X-Note': shape.headers[0][1] }, body: shape.body }],
    ]);
  });
});
