/**
 * The search on the built site, in headless Chromium: ranking, the keyboard flow, lazy loading,
 * the not-found page's seeded search, accessibility, and the same search under a sub-path.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { SEARCH_CODES_BYTES, SEARCH_DIALOG_BYTES } from '../../scripts/lib/budgets.ts';
import { SUB_PATH } from '../support/site-setup.ts';
import { loadCodePages, loadComparisons, loadErrorPages, loadGuide } from '../support/content.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { INPUT, openSearch, RESULTS, resultPaths, searchFor } from '../support/search-dialog.ts';
import { CLASSES } from '../../src/lib/content/classes.ts';
import { fileForPath, pageAt } from '../../scripts/lib/dist.ts';
import { MIN_TOP1, SEARCH_QUERIES } from '../fixtures/search-queries.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
let browser: Browser;
let codes: CodeFile[] = [];

beforeAll(async () => {
  [browser, codes] = await Promise.all([launchBrowser(), loadCodePages()]);
});
afterAll(() => browser?.close());

/** Script errors in any page a test opened; each test must end without one. */
let scriptErrors: string[] = [];
afterEach(() => {
  const errors = scriptErrors;
  scriptErrors = [];
  expect(errors).toEqual([]);
});

async function openPage(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.on('pageerror', (error) => scriptErrors.push(`${path}: ${error.message}`));
  await page.goto(new URL(path.replace(/^\//, ''), siteUrl).href);
  return page;
}

/** The fields of a Pagefind fragment file these tests read. */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

describe('search index', () => {
  it('indexes every code, class, comparison, guide and error page, and nothing else', async () => {
    const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const comparisons = (await loadComparisons()).length + 1; // and the index, /compare/
    const guideSteps = Object.keys(await loadGuide()).length;
    const errorPages = (await loadErrorPages()).length; // the pages, not their index
    expect(entry.languages.en.page_count).toBe(codes.length + CLASSES.length + comparisons + guideSteps + errorPages);
  });

  it('leaves navigation, lists of codes and footers out of the indexed text', async () => {
    const dir = join(siteDir, 'pagefind', 'fragment');
    const fragments = await Promise.all(
      (await readdir(dir)).map(async (file) => {
        // Pagefind fragments are gzipped JSON behind a "pagefind_dcd" signature.
        const bytes = gunzipSync(await readFile(join(dir, file)));
        return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
      }),
    );
    const byUrl = new Map<string, Fragment>(fragments.map((f) => [f.url, f]));
    const conflict = byUrl.get('/409/');
    expect(conflict?.meta).toMatchObject({ code: '409', name: 'Conflict', title: '409 Conflict' });
    expect(conflict?.filters).toEqual({ kind: ['code'], class: ['4xx'], registration: ['registered'] });
    expect(byUrl.get('/413/')?.meta.former).toBe('Payload Too Large; Request Entity Too Large');
    expect(byUrl.get('/499/')?.filters.registration).toEqual(['unofficial']);
    expect(byUrl.get('/4xx/')?.meta).toMatchObject({ code: '4xx', name: 'Client Error' });
    for (const { url, content } of fragments)
      expect(content, url).not.toMatch(/Skip to content|An independent reference|Related status codes/);
    // Class pages list their codes with each summary; only the explanation above the list is indexed.
    for (const cls of CLASSES) {
      const content = byUrl.get(`/${cls.id}/`)?.content ?? '(class page not indexed)';
      const listed = codes.filter((c) => Math.floor(c.data.code / 100) === cls.digit);
      expect(
        listed.filter((c) => content.includes(c.data.summary)).map((c) => c.data.code),
        cls.id,
      ).toEqual([]);
    }
  });
});

describe('search weight', () => {
  it('keeps the code list and the script every page loads within their byte budgets', async () => {
    expect((await stat(join(siteDir, 'search-codes.json'))).size).toBeLessThan(SEARCH_CODES_BYTES);
    const dir = join(siteDir, '_astro');
    const scripts = await Promise.all(
      (await readdir(dir)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(dir, f), 'utf8')),
    );
    // The dialog's bundle is the one that knows where the code list is.
    const dialog = scripts.filter((source) => source.includes('search-codes.json'));
    expect(dialog, 'exactly one bundle holds the search dialog').toHaveLength(1);
    expect(Buffer.byteLength(dialog[0] ?? '')).toBeLessThan(SEARCH_DIALOG_BYTES);
  });
});

describe('search ranking', () => {
  it(`puts the expected page first for at least ${MIN_TOP1 * 100}% of ${SEARCH_QUERIES.length} queries`, async () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(100);
    // A query whose page is not built is an error in the query set, not a miss to tolerate.
    const expectedPages = [...new Set(SEARCH_QUERIES.map((q) => q.first))];
    expect(
      expectedPages.filter((path) => fileForPath(siteDir, path) === null),
      'expected pages missing from the build',
    ).toEqual([]);
    const page = await openPage('/');
    await openSearch(page);
    const misses: string[] = [];
    let top1 = 0;
    let top3 = 0;
    for (const { query, first, kind } of SEARCH_QUERIES) {
      const paths = await searchFor(page, query);
      if (paths[0] === first) top1++;
      else misses.push(`${kind}: "${query}" wants ${first}, got ${paths.slice(0, 3).join(' ') || 'nothing'}`);
      if (paths.slice(0, 3).includes(first)) top3++;
    }
    await page.close();
    const share = (n: number) => `${((100 * n) / SEARCH_QUERIES.length).toFixed(1)}%`;
    console.info(
      `Search query set: top-1 ${top1}/${SEARCH_QUERIES.length} (${share(top1)}), top-3 ${top3}/${SEARCH_QUERIES.length} (${share(top3)})` +
        misses.map((miss) => `\n  miss ${miss}`).join(''),
    );
    expect(top1 / SEARCH_QUERIES.length, misses.join('\n')).toBeGreaterThanOrEqual(MIN_TOP1);
  });

  it('says when a number is not a known code and offers its class and the nearest codes', async () => {
    const page = await openPage('/409/');
    await openSearch(page);
    const paths = await searchFor(page, '477');
    expect(await page.textContent('[data-search-status]')).toMatch(/477 is not a status code this reference knows/);
    const nearest = codes
      .map((c) => c.data.code)
      .filter((c) => Math.floor(c / 100) === 4)
      .sort((a, b) => Math.abs(a - 477) - Math.abs(b - 477) || a - b)
      .slice(0, 3);
    expect(paths.slice(0, 4)).toEqual(['/4xx/', ...nearest.map((c) => `/${c}/`)]);
    await page.close();
  });

  it('filters by class and by registration', async () => {
    const page = await openPage('/');
    await openSearch(page);
    const unofficial = new Set(codes.filter((c) => c.data.status === 'unofficial').map((c) => `/${c.data.code}/`));
    await page.click('label:has(input[data-filter="class"][value="5xx"])');
    const timeouts = await searchFor(page, 'timeout');
    expect(timeouts.length).toBeGreaterThan(1);
    // Code pages, and the comparisons and error pages whose codes are all 5xx.
    const classOfPage = async (path: string) =>
      (await pageAt(siteDir, path)).doc.querySelector('[data-pagefind-body]')?.getAttribute('data-search-class');
    expect(await Promise.all(timeouts.map(classOfPage))).toEqual(timeouts.map(() => '5xx'));
    expect(timeouts.some((path) => /^\/5\d\d\/$/.test(path))).toBe(true);
    await searchFor(page, '');
    await page.click('label:has(input[data-filter="registration"][value="unofficial"])');
    const unofficialTimeouts = await searchFor(page, 'timeout');
    expect(unofficialTimeouts.length).toBeGreaterThan(0);
    expect(unofficialTimeouts.filter((path) => !unofficial.has(path) || !path.startsWith('/5'))).toEqual([]);
    await page.close();
  });

  it('shows each result with code, name and an excerpt with the match highlighted', async () => {
    const page = await openPage('/');
    await openSearch(page);
    await searchFor(page, 'duplicate email');
    const first = page.locator(`${RESULTS} [role="option"]`).first();
    expect(await first.locator('.num').textContent()).toBe('409');
    expect(await first.locator('.search-result-title').textContent()).toBe('409 Conflict');
    expect((await first.locator('mark').allTextContents()).join(' ').toLowerCase()).toMatch(/duplicate|email/);
    await page.close();
  });
});

describe('search keyboard flow', () => {
  it('opens with "/", finds 409 as it is typed and opens /409/ on Enter', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('409');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL('409/', siteUrl).href);
    expect(await page.textContent('h1')).toBe('409 Conflict');
    await page.close();
  });

  it('opens with Ctrl+K, moves with the arrows and opens the active result', async () => {
    const page = await openPage('/500/');
    await page.keyboard.press('Control+k');
    const paths = await searchFor(page, 'gateway');
    expect(paths.length).toBeGreaterThan(2);
    const activeId = () => page.getAttribute(INPUT, 'aria-activedescendant');
    const first = await activeId();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const second = await activeId();
    expect(second).not.toBe(first);
    expect(await page.getAttribute(`#${second}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL(paths[1]!.slice(1), siteUrl).href);
    await page.close();
  });

  it('closes with one Escape, typed text or not, and gives focus back to the search button', async () => {
    const page = await openPage('/');
    await page.click('button.search-entry');
    await page.waitForSelector('dialog[open]');
    await page.keyboard.type('409');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog:not([open])', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-entry'))).toBe(true);
    await page.close();
  });

  it('leaves "/" alone while the user types in another field', async () => {
    const page = await openPage('/no/such/page/');
    await page.fill('#seeded-query', '');
    await page.focus('#seeded-query');
    await page.keyboard.type('4/9');
    expect(await page.inputValue('#seeded-query')).toBe('4/9');
    expect(await page.isVisible('dialog[open]')).toBe(false);
    await page.close();
  });
});

describe('search loading', () => {
  it('fetches nothing for the search until the user opens it', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(siteUrl);
    await page.waitForLoadState('networkidle');
    const searchFiles = (paths: string[]) => paths.filter((p) => /^\/(pagefind\/|search-codes\.json)/.test(p));
    expect(searchFiles(requested)).toEqual([]);
    await openSearch(page);
    await searchFor(page, 'conflict');
    expect(searchFiles(requested)).toEqual(expect.arrayContaining(['/search-codes.json', '/pagefind/pagefind.js']));
    await page.close();
  });

  it('says what still works, and no false "No results", when both search sources fail', async () => {
    const page = await browser.newPage();
    await page.route(/\/(search-codes\.json|pagefind\/)/, (route) => route.abort());
    await page.goto(siteUrl);
    await openSearch(page);
    await page.fill(INPUT, '409');
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: 'could not load' }).waitFor();
    expect(await status.textContent()).toBe(
      'Search could not load. Every code is still listed on the home page and on its class page.',
    );
    await page.close();
  });

  it('keeps the link to the full list when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('409/', siteUrl).href);
    expect(await page.getAttribute('a.search-entry', 'href')).toBe('/#all-codes');
    expect(await page.isVisible('a.search-entry')).toBe(true);
    expect(await page.isVisible('button.search-entry')).toBe(false);
    await context.close();
  });
});

describe('not-found page search', () => {
  it('seeds the search from the missing path and opens it', async () => {
    const page = await openPage('/4O9');
    await page.locator('.seeded-search').waitFor(); // shown once its code has run, soon after load
    expect(await page.inputValue('#seeded-query')).toBe('409');
    await page.click('.seeded-search button[type="submit"]');
    await page.waitForSelector('dialog[open]');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.getAttribute('aria-busy') === 'false',
      RESULTS,
    );
    expect((await resultPaths(page))[0]).toBe('/409/');
    await page.close();
  });

  it('turns the words of a missing path into the query', async () => {
    const page = await openPage('/errors/too-many-requests.html');
    await page.locator('.seeded-search').waitFor();
    expect(await page.inputValue('#seeded-query')).toBe('too many requests');
    await page.close();
  });
});

describe('search under a sub-path', () => {
  const base = SUB_PATH.base;
  const server = { url: inject('subPathUrl') };

  it('finds and opens pages under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('500/', server.url).href);
    await openSearch(page);
    expect((await searchFor(page, 'rate limit'))[0]).toBe(`${base}429/`);
    await page.fill(INPUT, '');
    await page.keyboard.type('409');
    await page.keyboard.press('Enter');
    await page.waitForURL(new URL('409/', server.url).href);
    await page.close();
  });
});
