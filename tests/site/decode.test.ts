/**
 * The decoder page (/decode/) on the built site: in Chromium, a pasted `curl -i` response is
 * explained, nothing leaves the page but the code's own data file, and the paste never reaches the
 * URL; its code loads only on use and stays within its budgets; without JavaScript the page
 * explains how to read a status line.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { brotliTotal, DECODE_CODE_JSON_BYTES, DECODER_JS_BYTES } from '../../scripts/lib/budgets.ts';
import { pageAt } from '../../scripts/lib/dist.ts';
import { onUseScripts } from '../../scripts/lib/page-assets.ts';
import { loadCodePages } from '../support/content.ts';
import { decodePasted, EXPLANATION, PASTE_BOX } from '../support/decoder.ts';
import { INPUT, openSearch, searchFor } from '../support/search-dialog.ts';
import type { Browser } from 'playwright-core';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const CURL_429 = [
  'HTTP/2 429 ',
  'date: Fri, 04 Dec 2026 12:00:00 GMT',
  'content-type: application/json',
  'retry-after: 120',
  'x-ratelimit-remaining: 0',
  'authorization-echo: Bearer do-not-leak-me',
  '',
  '{"error":"too many requests"}',
].join('\n');

/** Opens /decode/ and records every request the page makes from then on. */
async function openDecoder(): Promise<{ page: Page; requested: string[] }> {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(new URL('decode/', siteUrl).href);
  await page.waitForLoadState('networkidle');
  return { page, requested };
}

describe('decoder in the browser', () => {
  it('explains a curl -i response for 429: the code page first, the wait in seconds and as a time', async () => {
    const { page, requested } = await openDecoder();
    const before = requested.length;
    await page.focus(PASTE_BOX);
    await decodePasted(page, CURL_429);
    const output = page.locator(EXPLANATION);
    expect(await output.locator('a').first().getAttribute('href')).toBe('/429/');
    expect(await output.locator('h2').textContent()).toBe('429 Too Many Requests');
    const text = (await output.textContent()) ?? '';
    expect(text).toMatch(/retry-after: 120\s*Wait 2 minutes before retrying: until about \d\d:\d\d:\d\d UTC \(120 s/);
    expect(text).toMatch(/x-ratelimit-remaining: 0\s*None left in this window/);
    expect(text).toContain('Likely causes');
    expect(await output.getAttribute('aria-live')).toBe('polite');
    // Only the decoder's own code and the 429 data file were fetched, all from this site; the paste
    // is in no request and not in the address.
    const after = requested.slice(before);
    expect(
      after.every((url) => url.startsWith(siteUrl)),
      after.join('\n'),
    ).toBe(true);
    expect(after.filter((url) => url.endsWith('.json')).map((url) => new URL(url).pathname)).toEqual([
      '/decode/429.json',
    ]);
    expect(after.some((url) => url.includes('do-not-leak-me'))).toBe(false);
    expect(page.url()).toBe(new URL('decode/', siteUrl).href);
    await page.close();
  });

  it('loads no decoder code or data until the reader uses the paste box', async () => {
    const { page, requested } = await openDecoder();
    expect(requested.filter((url) => /decoder\.|\/decode\/\d{3}\.json/.test(url))).toEqual([]);
    await page.focus(PASTE_BOX);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /decoder\./.test(e.name)));
    await page.close();
  });

  it('links an error that is not a status code to its error page, and says when nothing is recognised', async () => {
    const { page } = await openDecoder();
    await decodePasted(page, 'curl: (52) Empty reply from server');
    expect(await page.locator(`${EXPLANATION} a`).first().getAttribute('href')).toBe('/errors/curl-52-empty-reply/');
    await page.fill(PASTE_BOX, 'hello');
    await page.waitForFunction((selector) => !document.querySelector(`${selector} h2`), EXPLANATION);
    expect(await page.textContent(EXPLANATION)).toMatch(/^Nothing recognised yet/);
    await page.close();
  });

  it('takes a paste over from the search box without putting it in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl);
    await openSearch(page);
    // A search field drops line breaks, so a one-line paste is what the search box can hand over.
    const paths = await searchFor(page, 'HTTP/1.1 503 Service Unavailable');
    expect(paths.slice(0, 2)).toEqual(['/decode/', '/503/']);
    await page.focus(INPUT);
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL('decode/', siteUrl).href);
    await page.waitForSelector(`${EXPLANATION} h2`);
    expect(await page.inputValue(PASTE_BOX)).toBe('HTTP/1.1 503 Service Unavailable');
    expect(await page.textContent(`${EXPLANATION} h2`)).toBe('503 Service Unavailable');
    await page.close();
  });

  it('explains how to read a status line and hides the paste box without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('decode/', siteUrl).href);
    expect(await page.isVisible(PASTE_BOX)).toBe(false);
    expect(await page.textContent('main')).toMatch(/How to read a status line/);
    expect(await page.locator('main a[href="/4xx/"]').count()).toBe(1);
    await context.close();
  });
});

describe('decoder weight', () => {
  it(`loads at most ${DECODER_JS_BYTES} bytes of brotli JavaScript on first use`, async () => {
    const scripts = await onUseScripts(siteDir, await pageAt(siteDir, '/decode/'), 'data-decoder');
    expect(scripts.length, 'the decoder loads no module with import()').toBeGreaterThan(0);
    const total = brotliTotal(scripts);
    expect(total, scripts.map((s) => s.source).join(', ')).toBeLessThanOrEqual(DECODER_JS_BYTES);
  });

  it(`writes one data file per code, each at most ${DECODE_CODE_JSON_BYTES} bytes`, async () => {
    const codes = await loadCodePages();
    const files = (await readdir(join(siteDir, 'decode'))).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(codes.map((c) => `${c.data.code}.json`).sort());
    const sizes = await Promise.all(
      files.map(async (f) => [f, (await stat(join(siteDir, 'decode', f))).size] as const),
    );
    expect(sizes.filter(([, size]) => size > DECODE_CODE_JSON_BYTES)).toEqual([]);
  });
});
