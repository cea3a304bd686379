/**
 * Lighthouse (npm lighthouse) with Debian's Chromium, mobile and desktop, for the home page, the
 * model code page, the heaviest code page (429, with its retry demo and scenario) and the
 * not-found page. Chromium resolves no host but 127.0.0.1, so a run
 * never reaches the internet. Each run gets a fresh browser, as Lighthouse recommends.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM, CHROMIUM_ARGS, NO_NETWORK_ARG, assertChromium } from '../../lib/browser.ts';
import type { BenchSection } from '../section.ts';
import { formatBytes, formatMs } from '../format.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Site paths; the last one has no page, so the host answers with 404.html. */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '' },
  { name: '/409/', path: '409/' },
  { name: '/429/', path: '429/' },
  { name: 'not found', path: 'no-such-page/' },
] as const;

const FORM_FACTORS = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
] as const;

interface LighthouseFigures {
  page: string;
  formFactor: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Audits that cost points: id and title. */
  failing: string[];
}

async function runLighthouse(url: string, config: typeof desktopConfig | undefined) {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_ARGS, NO_NETWORK_ARG] });
  try {
    // ignoreStatusCode: the not-found page is meant to answer 404; Lighthouse refuses such pages otherwise.
    const flags = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, ignoreStatusCode: true };
    const result = await lighthouse(url, { ...flags, onlyCategories: [...CATEGORIES] }, config);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

export const lighthouseSection: BenchSection = {
  id: 'lighthouse',
  title: 'Lighthouse',
  async run({ siteUrl, options }) {
    assertChromium();
    const runs: LighthouseFigures[] = [];
    for (const { name, path } of LIGHTHOUSE_PAGES) {
      for (const formFactor of FORM_FACTORS) {
        const results = [];
        for (let i = 0; i < options.runs; i += 1)
          results.push(await runLighthouse(new URL(path, siteUrl).href, formFactor.config));
        const lhr = computeMedianRun(results);
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        const failing = CATEGORIES.flatMap((category) =>
          (lhr.categories[category]?.auditRefs ?? [])
            .filter((ref: { id: string; weight: number }) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref: { id: string }) => `${category}: ${ref.id} (${lhr.audits[ref.id]?.title})`),
        );
        runs.push({
          page: name,
          formFactor: formFactor.name,
          scores: Object.fromEntries(
            CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
          ) as LighthouseFigures['scores'],
          lcpMs: audit('largest-contentful-paint'),
          tbtMs: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          totalBytes: audit('total-byte-weight'),
          failing,
        });
      }
    }
    return {
      tables: [
        {
          columns: ['page', 'form', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'CLS', 'bytes'],
          rows: runs.map((run) => [
            run.page,
            run.formFactor,
            ...CATEGORIES.map((c) => run.scores[c]),
            formatMs(run.lcpMs),
            formatMs(run.tbtMs),
            run.cls.toFixed(3),
            formatBytes(run.totalBytes),
          ]),
        },
      ],
      notes: [
        `Simulated throttling (Lighthouse defaults: slow 4G and 4x CPU on mobile); bytes as sent, brotli. ` +
          `Median of ${options.runs} run(s) each (--runs N); CPU load on the machine moves TBT and LCP.`,
        ...runs.flatMap((run) => run.failing.map((line) => `${run.page} ${run.formFactor}: ${line}`)),
      ],
      data: runs,
    };
  },
};
