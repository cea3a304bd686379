/**
 * The shipped deploy/nginx.conf, run by a real nginx on 127.0.0.1 over the test build: status
 * codes, the headers of public/_headers, and Chromium with the Content-Security-Policy enforced.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { openSearch, searchFor } from '../support/search-dialog.ts';
import { send } from '../support/live-widget.ts';
import { cspConsoleReports, cspViolations, watchCsp } from '../support/csp-watch.ts';
import { readHeadersFile, type HeaderRule } from '../../scripts/lib/headers-file.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const siteDir = inject('siteDir');
let nginx: RunningNginx;
let rules: HeaderRule[];
let browser: Browser | undefined;

beforeAll(async () => {
  rules = await readHeadersFile();
  nginx = await startNginx(siteDir);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

const get = (path: string) => fetch(new URL(path, nginx.url), { redirect: 'manual' });
const everyPage = () => rules.find((rule) => rule.path === '/*')?.headers ?? new Map<string, string>();

describe('nginx with deploy/nginx.conf', () => {
  it('answers /404/ with the reference page (200) and unknown URLs with the not-found page (404)', async () => {
    const reference = await get('/404/');
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain('<h1 class="code-heading"><span class="num">404</span> Not Found</h1>');
    for (const path of ['/no-such-page/', '/600/', '/409/extra']) {
      const unknown = await get(path);
      expect(unknown.status, path).toBe(404);
      expect(await unknown.text(), path).toContain('<h1>Page not found</h1>');
    }
  });

  it('redirects a code without its trailing slash to the canonical address', async () => {
    const response = await get('/409');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/409/');
  });

  it('sends every header of public/_headers "/*" on pages, data, assets and 404s', async () => {
    expect([...everyPage().keys()]).toEqual(
      expect.arrayContaining([
        'strict-transport-security',
        'x-content-type-options',
        'referrer-policy',
        'permissions-policy',
        'content-security-policy',
      ]),
    );
    for (const path of ['/', '/409/', '/codes.json', '/favicon.svg', '/no-such-page/']) {
      const response = await get(path);
      for (const [name, value] of everyPage()) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
    }
  });

  it('keeps the header policy to what a <meta> policy cannot say or never varies', () => {
    const policy = everyPage().get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain('form-action');
    // A second policy is enforced too: these would block the pages' hashed inline scripts.
    expect(policy).not.toMatch(/(^|;)\s*(default-src|script-src|style-src)/);
  });

  it('redirects plain HTTP to the same address over HTTPS, keeping the query', async () => {
    const response = await fetch(new URL('/409/?x=1', nginx.redirectUrl), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('https://127.0.0.1/409/?x=1');
    // HSTS means nothing over plain HTTP, where browsers ignore it.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('makes browsers revalidate every file whose name has no content hash', async () => {
    for (const path of ['/', '/409/', '/409.json', '/codes.json', '/og/409.png', '/pagefind/pagefind.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(response.headers.get('etag'), `${path}: a validator makes revalidation cheap`).toBeTruthy();
    }
    const wasm = (await readdir(join(siteDir, 'pagefind'))).find((name) => name.startsWith('wasm.'));
    const meta = (await readdir(join(siteDir, 'pagefind'))).find((name) => name.endsWith('.pf_meta'));
    expect((await get(`/pagefind/${wasm}`)).headers.get('cache-control'), wasm).toBe('no-cache');
    expect((await get(`/pagefind/${meta}`)).headers.get('cache-control'), meta).toMatch(/immutable/);
  });

  it('serves JSON data and preview images with their media types', async () => {
    expect((await get('/codes.json')).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/og/409.png')).headers.get('content-type')).toBe('image/png');
    expect((await get('/_headers')).status).toBe(404);
  });
});

describe('nginx cache rules', () => {
  // Every path rule of public/_headers is checked against a small site holding one file that
  // matches it, so a rule for files a build may lack (hashed Pagefind chunks) is covered too.
  let dir = '';
  let server: RunningServer;
  const cacheRules = () => rules.filter((rule) => rule.headers.has('cache-control'));
  const sample = (rule: HeaderRule) => rule.path.replace('*', 'a1b2c3.bin');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cache-site-'));
    await writeFile(join(dir, '404.html'), 'not found');
    await writeFile(join(dir, 'index.html'), 'home');
    for (const rule of cacheRules()) {
      const file = join(dir, sample(rule));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, 'x');
    }
    server = await startNginx(dir);
  });

  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('caches files named by their content hash for a year, as public/_headers says', async () => {
    const paths = cacheRules().map((rule) => rule.path);
    expect(paths).toEqual(expect.arrayContaining(['/_astro/*', '/pagefind/fragment/*', '/pagefind/filter/*']));
    for (const rule of cacheRules()) {
      const response = await fetch(new URL(sample(rule), server.url));
      expect(response.status, sample(rule)).toBe(200);
      expect(response.headers.get('cache-control'), sample(rule)).toBe(rule.headers.get('cache-control'));
    }
    expect(rules.find((rule) => rule.path === '/_astro/*')?.headers.get('cache-control')).toMatch(/immutable/);
    // Everything else keeps the hosts' default, which revalidates; nginx says so itself.
    expect((await fetch(server.url)).headers.get('cache-control')).toBe('no-cache');
  });
});

/**
 * Chromium with the CSP enforced (the <meta> policy of each page plus nginx's header policy).
 * Each interaction is one small function; search and the live widget add theirs here.
 */
interface Interaction {
  name: string;
  path: string;
  run?: (page: Page) => Promise<void>;
}

async function toggleTheme(page: Page): Promise<void> {
  const before = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  await page.click('.theme-toggle');
  expect(await page.getAttribute('html', 'data-theme')).toBe(before ? 'light' : 'dark');
}

/** A full-text search, which loads Pagefind's script, index and WebAssembly. */
async function searchFullText(page: Page): Promise<void> {
  await openSearch(page);
  expect((await searchFor(page, 'duplicate email'))[0]).toBe('/409/');
}

/** A request from the live widget to the local httpbin the test build points at. */
async function sendLiveRequest(page: Page): Promise<void> {
  expect(await send(page)).toMatch(/^409 /);
}

/** Every token whose class names a colour is drawn in that colour, in the light and dark themes. */
async function viewHighlightedCode(page: Page): Promise<void> {
  const drawn = (scheme: 'light' | 'dark') =>
    page.$$eval(
      '.astro-code, .astro-code span',
      (elements, scheme) =>
        elements.flatMap((element) => {
          const hex = [...element.classList]
            .map((name) => new RegExp(`^shiki-${scheme}-([0-9a-f]{6})$`).exec(name)?.[1])
            .find(Boolean);
          if (!hex) return [];
          const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
          return [{ expected: `rgb(${r}, ${g}, ${b})`, actual: getComputedStyle(element).color }];
        }),
      scheme,
    );
  await page.locator('.astro-code').first().scrollIntoViewIfNeeded();
  for (const scheme of ['light', 'dark'] as const) {
    if (scheme === 'dark') await page.click('.theme-toggle');
    const tokens = await drawn(scheme);
    expect(tokens.length, `coloured tokens in the ${scheme} theme`).toBeGreaterThan(50);
    expect(new Set(tokens.map((t) => t.actual)).size, `distinct colours in the ${scheme} theme`).toBeGreaterThan(3);
    expect(
      tokens.filter((t) => t.actual !== t.expected),
      `${scheme} tokens in the wrong colour`,
    ).toEqual([]);
  }
}

const INTERACTIONS: Interaction[] = [
  { name: 'a code page', path: '/409/' },
  { name: 'a class page', path: '/4xx/' },
  { name: 'the home page', path: '/' },
  { name: 'the not-found page', path: '/no-such-page/' },
  { name: 'toggling the theme', path: '/409/', run: toggleTheme },
  { name: 'highlighted code in both themes', path: '/409/', run: viewHighlightedCode },
  { name: 'searching (Pagefind and its WebAssembly)', path: '/409/', run: searchFullText },
  { name: 'sending a live request to httpbin', path: '/409/', run: sendLiveRequest },
];

describe('Chromium under the Content-Security-Policy', () => {
  async function visit(path: string, run?: (page: Page) => Promise<void>) {
    browser ??= await launchBrowser();
    const context = await browser.newContext({ colorScheme: 'light' });
    try {
      await watchCsp(context);
      const page = await context.newPage();
      const reports = cspConsoleReports(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(new URL(path, nginx.url).href);
      expect(response?.headers()['content-security-policy']).toBeTruthy();
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      await run?.(page);
      return { page, violations: await cspViolations(page), reports, errors };
    } catch (error) {
      await context.close();
      throw error;
    }
  }

  it.each(INTERACTIONS)('raises no violation: $name', async ({ path, run }) => {
    const { page, violations, reports, errors } = await visit(path, run);
    expect(violations).toEqual([]);
    expect(reports).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('would notice a violation: an injected inline script is blocked and reported', async () => {
    const { page } = await visit('/409/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.injected = "ran";';
      document.head.append(script);
      return document.documentElement.dataset['injected'] ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    expect((await cspViolations(page)).map((v) => v.directive)).toContain('script-src-elem');
    await page.context().close();
  });
});
