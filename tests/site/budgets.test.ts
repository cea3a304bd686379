/**
 * Byte budgets over the real test build. Bytes are deterministic, so they are asserted here;
 * timings are not (npm run bench measures them).
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages, type BuiltPage } from '../../scripts/lib/dist.ts';
import { blockingFontFaces, blockingStylesheetRequests, renderBlockingCss } from '../../scripts/lib/page-assets.ts';
import {
  FIRST_ROUND_TRIP_BYTES,
  FIRST_VIEW_JS_BYTES,
  firstRenderBytes,
  firstViewJsBytes,
  isCodePage,
  isComparisonOrGuidePage,
  isErrorPage,
} from '../../scripts/lib/budgets.ts';

const dir = inject('siteDir');
let pages: BuiltPage[] = [];
let codePages: BuiltPage[] = [];
/** Code pages, comparison pages and guide steps: the pages the first-round-trip budget applies to. */
let budgetedPages: BuiltPage[] = [];

beforeAll(async () => {
  pages = await readPages(dir);
  codePages = pages.filter((page) => isCodePage(page) || isErrorPage(page));
  expect(codePages.length, 'the build has code pages').toBeGreaterThan(0);
  const others = pages.filter(isComparisonOrGuidePage);
  expect(others.length, 'the build has comparison and guide pages').toBeGreaterThan(12);
  budgetedPages = [...codePages, ...others];
  expect(pages.filter(isErrorPage).length, 'the build has error pages').toBeGreaterThan(0);
});

describe('byte budgets', () => {
  it(`fits every code, comparison, guide and error page's HTML and render-blocking CSS in ${FIRST_ROUND_TRIP_BYTES} bytes of brotli`, () => {
    const over = budgetedPages.flatMap((page) => {
      const bytes = firstRenderBytes(dir, page);
      return bytes.total > FIRST_ROUND_TRIP_BYTES
        ? [`${page.path}: ${bytes.total} bytes (HTML ${bytes.html}, CSS files ${bytes.cssFiles})`]
        : [];
    });
    expect(over, 'trim the markup or the CSS of these pages').toEqual([]);
  });

  it('needs no request beyond the HTML before a code, comparison, guide or error page can render', () => {
    const blocking = budgetedPages.flatMap((page) =>
      blockingStylesheetRequests(dir, page).map((asset) => `${page.path}: ${asset.source}`),
    );
    expect(blocking, 'inline the render-blocking CSS (build.inlineStylesheets in astro.config.mjs)').toEqual([]);
  });

  it(`runs at most ${FIRST_VIEW_JS_BYTES / 1024} KiB of brotli JavaScript on the first view of any page`, async () => {
    const over: string[] = [];
    for (const page of pages) {
      const js = await firstViewJsBytes(dir, page);
      if (js.total > FIRST_VIEW_JS_BYTES) over.push(`${page.path}: ${js.total} bytes from ${js.sources.join(', ')}`);
    }
    expect(over, 'load the rest on demand with import()').toEqual([]);
  });

  it('needs no web font for the first render of any page', () => {
    const blocking = pages.flatMap((page) =>
      renderBlockingCss(dir, page).flatMap((asset) =>
        blockingFontFaces(asset.content).map((rule) => `${page.path} (${asset.source}): ${rule.slice(0, 120)}`),
      ),
    );
    expect(blocking, 'use the system font stacks, or give the @font-face font-display: swap or optional').toEqual([]);
    const preloads = pages.flatMap((page) =>
      page.doc
        .querySelectorAll('link[rel~="preload"][as="font"]')
        .map((el) => `${page.path}: ${el.getAttribute('href')}`),
    );
    expect(preloads, 'a preloaded font competes with the page for the first round trip').toEqual([]);
  });
});
