import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../../scripts/lib/static-server.ts';

let dir = '';
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serve-'));
  // The built site's root is served at the base: dir/404/index.html answers /sub/404/.
  await mkdir(join(dir, '404'), { recursive: true });
  await writeFile(join(dir, '404.html'), 'not found page');
  await writeFile(join(dir, '404', 'index.html'), 'reference page');
  await writeFile(join(dir, 'codes.json'), '{}');
  server = await serveStatic(dir, { base: '/sub/' });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('static server', () => {
  it('binds to 127.0.0.1 under the base', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sub\/$/);
  });
  it('serves /404/ from 404/index.html with status 200', async () => {
    const res = await get('/sub/404/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('reference page');
  });
  it('redirects a directory without its trailing slash', async () => {
    const res = await get('/sub/404');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/sub/404/');
  });
  it('serves files with their content type', async () => {
    const res = await get('/sub/codes.json');
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
  it('answers unknown paths, paths outside the base and traversal attempts with 404.html', async () => {
    for (const path of ['/sub/nope/', '/elsewhere/', '/sub/../404.html', '/sub/%2e%2e/404.html']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).toBe('not found page');
    }
  });
});

describe('static server with compression', () => {
  it('answers in brotli or gzip as the client accepts, and plainly otherwise', async () => {
    const compressed = await serveStatic(dir, { base: '/sub/', compress: true });
    try {
      const url = new URL('404/', compressed.url);
      const br = await fetch(url, { headers: { 'accept-encoding': 'br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(await br.text()).toBe('reference page');
      const gzip = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      const plain = await get('/sub/404/');
      expect(plain.headers.get('content-encoding')).toBeNull();
    } finally {
      await compressed.close();
    }
  });
});
