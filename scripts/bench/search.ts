/**
 * Measures the site search in headless Chromium against a served build: the bytes the search
 * transfers and the time from the "/" shortcut to the first result (and to the full list), for a
 * first search on a fresh page with an empty cache (cold) and a later search on the same page
 * (warm). It builds and serves nothing itself; scripts/bench-search.ts runs it from the command line.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { spread } from './stats.ts';
import type { Cell } from './format.ts';

export interface SearchTiming {
  search: 'cold' | 'warm';
  query: string;
  /** Median over the runs, from the keystroke that opens the search to the first result shown. */
  firstResultMs: number;
  /** Median, to the complete list (full-text results included). */
  allResultsMs: number;
  /**
   * Bytes the search fetched once started (headers and bodies, as Resource Timing reports them).
   * The dialog's own script loads with every page and is not counted. Pagefind runs on the main
   * thread (noWorker), so none of its requests escape the page's Resource Timing.
   */
  bytes: number;
  requests: number;
}

export interface SearchBench {
  siteUrl: string;
  runs: number;
  timings: SearchTiming[];
}

/** Pairs of searches: the first on a fresh page, the second on the same page afterwards. */
const SESSIONS = [
  ['rate limit', 'duplicate email'],
  ['409', '503'],
] as const;

interface Sample {
  firstResultMs: number;
  allResultsMs: number;
  bytes: number;
  requests: number;
}

/**
 * Runs in the page: opens the search with "/", types the query at once, and times the results.
 * Everything the search fetched after `sinceEntry` counts towards its bytes.
 */
function searchInPage({ query, sinceEntry }: { query: string; sinceEntry: number }): Promise<Sample> {
  const list = document.querySelector<HTMLElement>('#search-results');
  const input = document.querySelector<HTMLInputElement>('#search-input');
  if (!list || !input) throw new Error('the page has no search dialog (#search-input, #search-results)');
  const started = performance.now();
  let firstResultMs = -1;
  return new Promise((resolve) => {
    const check = () => {
      if (list.dataset['query'] !== query) return;
      if (firstResultMs < 0 && list.querySelector('[role="option"]')) firstResultMs = performance.now() - started;
      if (list.getAttribute('aria-busy') !== 'false') return;
      observer.disconnect();
      const entries = performance.getEntriesByType('resource').slice(sinceEntry) as PerformanceResourceTiming[];
      resolve({
        firstResultMs,
        allResultsMs: performance.now() - started,
        bytes: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
        requests: entries.length,
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(list, { childList: true, attributes: true });
    if (!document.querySelector('dialog[open]'))
      document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function measure(page: Page, query: string): Promise<Sample> {
  const sinceEntry = await page.evaluate(() => performance.getEntriesByType('resource').length);
  const sample = await page.evaluate(searchInPage, { query, sinceEntry });
  if (sample.firstResultMs < 0) throw new Error(`the search for "${query}" showed no result`);
  return sample;
}

async function session(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<Sample[]> {
  // A new context has an empty HTTP cache, so the first search loads everything.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(siteUrl, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${siteUrl} answered ${response?.status() ?? 'nothing'}: serve a build there`);
    const samples: Sample[] = [];
    for (const query of queries) samples.push(await measure(page, query));
    return samples;
  } finally {
    await context.close();
  }
}

/** Runs per search pair; the median is reported. */
export const SEARCH_RUNS = 5;

export async function benchSearch(siteUrl: string, runs = SEARCH_RUNS): Promise<SearchBench> {
  const browser = await launchBrowser();
  try {
    const timings: SearchTiming[] = [];
    for (const queries of SESSIONS) {
      const samples: Sample[][] = [];
      for (let run = 0; run < runs; run++) samples.push(await session(browser, siteUrl, queries));
      queries.forEach((query, i) => {
        const of = (pick: (s: Sample) => number) => spread(samples.map((run) => pick(run[i]!))).median;
        timings.push({
          search: i === 0 ? 'cold' : 'warm',
          query,
          firstResultMs: of((s) => s.firstResultMs),
          allResultsMs: of((s) => s.allResultsMs),
          bytes: of((s) => s.bytes),
          requests: of((s) => s.requests),
        });
      });
    }
    return { siteUrl, runs, timings };
  } finally {
    await browser.close();
  }
}

export const SEARCH_COLUMNS = ['search', 'query', 'first result', 'all results', 'bytes', 'requests'];

/** One table row per search. */
export function searchRows({ timings }: SearchBench): Cell[][] {
  return timings.map((t) => [
    t.search,
    `"${t.query}"`,
    `${t.firstResultMs.toFixed(1)} ms`,
    `${t.allResultsMs.toFixed(1)} ms`,
    `${(t.bytes / 1024).toFixed(1)} KiB`,
    t.requests,
  ]);
}
