import { cp, mkdtemp, mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, serveStatic, type RunningServer } from '../../../scripts/lib/static-server.ts';
import { precompress } from '../../../scripts/lib/sizes.ts';
import { rawExchange, rawRequest } from '../../support/raw-http.ts';

let dir = '';
let outside = '';
let server: RunningServer;

/** A small built site: the reference page for 404, the not-found page, a code page, data, assets. */
async function writeSite(root: string) {
  await mkdir(join(root, '404'), { recursive: true });
  await mkdir(join(root, '409'), { recursive: true });
  await mkdir(join(root, '_astro'), { recursive: true });
  await writeFile(join(root, '404.html'), 'not found page');
  await writeFile(join(root, '404', 'index.html'), 'reference page');
  await writeFile(join(root, '409', 'index.html'), '<p>409 page</p>');
  await writeFile(join(root, 'codes.json'), '{"count":1}');
  await writeFile(join(root, '_astro', 'app.abc123.js'), 'console.log(1);');
  await writeFile(
    join(root, '_headers'),
    '/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-'));
  outside = await mkdtemp(join(tmpdir(), 'outside-'));
  await writeFile(join(outside, 'secret.txt'), 'secret');
  await writeSite(dir);
  await symlink(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
  await symlink(outside, join(dir, 'rootdir'));
  await symlink(join(dir, 'codes.json'), join(dir, 'alias.json'));
  server = await serveStatic(dir, { base: '/sub/' });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const raw = (target: string, method = 'GET', extra = '') => rawRequest(server.url, target, method, extra);

describe('static server', () => {
  it('binds to 127.0.0.1 under the base', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });

  it('serves /404/ as the reference page and unknown addresses as the not-found page', async () => {
    expect(await raw('/sub/404/')).toMatchObject({ status: 200, body: 'reference page' });
    for (const target of ['/sub/nope/', '/elsewhere/', '/sub/409/missing.png'])
      expect(await raw(target), target).toMatchObject({ status: 404, body: 'not found page' });
  });

  it('redirects a folder without its slash inside the site, keeping the query', async () => {
    const folder = await raw('/sub/409?x=1&y=%20');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/sub/409/?x=1&y=%20');
    expect((await raw('/sub')).headers.get('location')).toBe('/sub/');
  });

  it('never redirects to another host, however the path is disguised', async () => {
    for (const target of ['/sub/%2fevil.example%2f..%2f409', '/sub/%2f%2fevil.example%2f..%2f409', '//sub/409']) {
      const response = await raw(target);
      const location = response.headers.get('location') ?? '';
      expect(location, target).not.toMatch(/^\/\/|^[a-z]+:/i);
      if (response.status === 301) expect(location, target).toBe('/sub/409/');
    }
  });

  it('answers malformed addresses with 400 and keeps running', async () => {
    const bad = [
      '/sub/%',
      '/sub/%zz',
      '/sub/409/%',
      '/sub/%c0%ae%c0%ae/etc/passwd',
      '/sub/%E0%A4%A/409',
      '/sub/%00',
      '/sub/409/index.html%00.png',
      '/sub/%0d%0aSet-Cookie:%20x=1%2f..%2f409',
      '/sub/..%5c..%5cetc%5cpasswd',
    ];
    for (const target of bad) expect((await raw(target)).status, target).toBe(400);
    expect((await raw('/sub/409/')).status).toBe(200);
  });

  it('reads a non-Latin path that resolves inside the site without crashing on its Location', async () => {
    const response = await raw('/sub/%E2%82%AC%2f..%2f409');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sub/409/');
  });

  it('never serves anything above the site, by dots, encoded dots or symbolic links', async () => {
    for (const target of [
      '/sub/../../../../etc/passwd',
      '/sub/..%2f..%2f..%2fetc%2fpasswd',
      '/sub/%2e%2e/%2e%2e/etc/passwd',
      '/sub/%252e%252e%252fetc%252fpasswd',
      '/sub/leak.txt',
      '/sub/rootdir/secret.txt',
    ])
      expect(await raw(target), target).toMatchObject({ status: 404, body: 'not found page' });
    expect(await raw('/sub/alias.json')).toMatchObject({ status: 200, body: '{"count":1}' });
  });

  it('answers only GET and HEAD, naming them in Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const response = await raw('/sub/409/', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('GET, HEAD');
    }
    const head = await raw('/sub/409/', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers.get('content-length')).toBe(String('<p>409 page</p>'.length));
  });

  it('sends types, lengths, validators and the headers of _headers, and answers a revalidation with 304', async () => {
    const page = await raw('/sub/409/');
    expect(page.headers.get('content-type')).toBe('text/html;charset=utf-8');
    expect(page.headers.get('content-length')).toBe('15');
    expect(page.headers.get('last-modified')).toBeTruthy();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await raw('/sub/_astro/app.abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = page.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await raw('/sub/409/', 'GET', `If-None-Match: ${etag}\r\n`)).status).toBe(304);
    expect((await raw('/sub/404/x')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the host configuration file to itself', async () => {
    expect(await raw('/sub/_headers')).toMatchObject({ status: 404, body: 'not found page' });
  });

  it('answers a request line it cannot parse with 400', async () => {
    const { hostname, port } = new URL(server.url);
    expect((await rawExchange(hostname, Number(port), 'NONSENSE\r\n\r\n')).status).toBe(400);
    expect((await raw('sub/409/')).status).toBe(400);
    expect((await raw('http://evil.example/sub/409/')).status).toBe(400);
  });
});

describe('static server with compression', () => {
  it('reads the weights of Accept-Encoding: q=0 refuses an encoding', () => {
    expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
    expect(acceptedEncodings('gzip;q=0.5, br')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });

  it('answers with the precompressed twin the client accepts, and plainly otherwise', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'serve-compressed-'));
    await writeSite(copy);
    await precompress(copy);
    const compressed = await serveStatic(copy, { base: '/sub/', compress: true });
    try {
      const encodingFor = async (accept: string) =>
        (await rawRequest(compressed.url, '/sub/404/', 'GET', `Accept-Encoding: ${accept}\r\n`)).headers.get(
          'content-encoding',
        );
      expect(await encodingFor('br')).toBe('br');
      expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
      expect(await encodingFor('identity')).toBeUndefined();
      const br = await fetch(new URL('404/', compressed.url), { headers: { 'accept-encoding': 'br' } });
      expect(await br.text()).toBe('reference page');
    } finally {
      await compressed.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('static server under load while the build changes', () => {
  // 300 rounds of requests hit the moment a file vanishes between its lookup and its read (checked:
  // without the guard in serveStatic the process dies here with ENOENT).
  it('answers every request correctly or not at all, and stays up', { timeout: 60_000 }, async () => {
    const site = await mkdtemp(join(tmpdir(), 'serve-rebuild-'));
    await writeSite(site);
    const running = await serveStatic(site, { base: '/' });
    let rebuilding = true;
    // A rebuild as astro build does it: the output emptied, then written again, over and over.
    const rebuild = (async () => {
      for (let round = 0; rebuilding; round++) {
        const next = `${site}-next`;
        await rm(next, { recursive: true, force: true });
        await cp(site, next, { recursive: true });
        await rm(site, { recursive: true, force: true });
        await rename(next, site);
        await writeFile(join(site, 'codes.json'), `{"count":1,"round":${round}}`);
      }
    })();
    const targets = ['/409/', '/codes.json', '/404/', '/409', '/nope/', '/_astro/app.abc123.js'];
    const statuses = new Map<number, number>();
    try {
      for (let batch = 0; batch < 300; batch++) {
        const answers = await Promise.allSettled(
          targets.map((target) => rawRequest(running.url, target).then((response) => ({ target, response }))),
        );
        for (const result of answers) {
          if (result.status !== 'fulfilled') continue; // a dropped connection is allowed mid-rebuild
          const { target, response } = result.value;
          if (Number.isNaN(response.status)) continue; // so is a response cut off before its status line
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 200 && target === '/409/') expect(response.body).toBe('<p>409 page</p>');
          expect([200, 301, 404, 500], `${target}: ${response.status}`).toContain(response.status);
        }
      }
    } finally {
      rebuilding = false;
      await rebuild;
    }
    // Still serving correctly once the files are back.
    expect(await rawRequest(running.url, '/409/')).toMatchObject({ status: 200, body: '<p>409 page</p>' });
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    await running.close();
    await rm(site, { recursive: true, force: true });
  });
});
