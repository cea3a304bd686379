/**
 * Reading a code page on a 390x844 phone and on a wide screen, in Chromium with JavaScript on: the
 * page's length, the first screen, code that never scrolls sideways, the example tabs (WAI-ARIA
 * tabs pattern), the Copy buttons, the table of contents, the breadcrumb and the prev/next links.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { readPages } from '../../scripts/lib/dist.ts';
import { isCodePage } from '../../scripts/lib/budgets.ts';
import { axeViolations } from '../support/axe.ts';
import { useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const browser = useBrowser();

const PHONE = { width: 390, height: 844 };
/** The model pages of issue 14: the longest, most read ones. */
const MODEL_PAGES = ['409', '301', '429'];
const MAX_SCREENS = 7;

/** Opens `path` in a fresh context, once the code page's script has wired up its tabs. */
async function withPage<T>(path: string, run: (page: Page) => Promise<T>, options: BrowserContextOptions = {}) {
  const context = await browser().newContext({ viewport: PHONE, ...options });
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href);
    if (options.javaScriptEnabled !== false)
      await page.locator('.code-page [role="tablist"]').first().waitFor({ state: 'visible' });
    return await run(page);
  } finally {
    await context.close();
  }
}

describe('a code page on a 390x844 phone', () => {
  it.each(MODEL_PAGES)(`/%s/ is at most ${MAX_SCREENS} screens tall, with the jump to the fix on the first`, (code) =>
    withPage(`${code}/`, async (page) => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height / PHONE.height, `/${code}/ is ${height} px tall`).toBeLessThanOrEqual(MAX_SCREENS);
      const jump = await page.locator('.jumps a[href="#fix"]').boundingBox();
      expect(jump, 'the jump link to the fix is shown').not.toBeNull();
      expect(jump!.y + jump!.height).toBeLessThanOrEqual(PHONE.height);
      // "Not this one?" is above the fold too.
      const confused = await page.locator('.confused').boundingBox();
      expect(confused!.y + confused!.height).toBeLessThanOrEqual(PHONE.height);
    }),
  );

  it.each(MODEL_PAGES)('/%s/ scrolls no code block, and not the page, sideways', (code) =>
    withPage(`${code}/`, async (page) => {
      const wide = await page.evaluate(() => {
        // Every example and disclosure shown, so hidden tabs are measured too.
        for (const panel of document.querySelectorAll<HTMLElement>('[role="tabpanel"]')) panel.hidden = false;
        for (const details of document.querySelectorAll('details')) details.open = true;
        return {
          blocks: [...document.querySelectorAll('pre')]
            .filter((pre) => pre.checkVisibility() && pre.scrollWidth > pre.clientWidth)
            .map((pre) => (pre.textContent ?? '').slice(0, 60)),
          count: document.querySelectorAll('pre').length,
          page: document.documentElement.scrollWidth,
        };
      });
      expect(wide.count).toBeGreaterThan(3);
      expect(wide.blocks).toEqual([]);
      expect(wide.page).toBeLessThanOrEqual(PHONE.width);
    }),
  );

  it('switches example tabs with arrows, Home and End, keeping one tab in the tab order', () =>
    withPage('409/', async (page) => {
      const list = page.getByRole('tablist', { name: 'Client examples' });
      const tabs = list.getByRole('tab');
      const labels = await tabs.allTextContents();
      expect(labels.length).toBeGreaterThan(2);
      const state = () =>
        list.evaluate((el) =>
          [...el.querySelectorAll('[role="tab"]')].map((tab) => ({
            selected: tab.getAttribute('aria-selected') === 'true',
            focusable: (tab as HTMLElement).tabIndex === 0,
            shown: !document.getElementById(tab.getAttribute('aria-controls')!)!.hidden,
            focused: document.activeElement === tab,
          })),
        );
      const only = (i: number, focused: boolean) =>
        labels.map((_, j) => ({ selected: j === i, focusable: j === i, shown: j === i, focused: focused && j === i }));

      expect(await state()).toEqual(only(0, false));
      await tabs.first().focus();
      await page.keyboard.press('ArrowRight');
      expect(await state()).toEqual(only(1, true));
      await page.keyboard.press('End');
      expect(await state()).toEqual(only(labels.length - 1, true));
      await page.keyboard.press('ArrowRight');
      expect(await state()).toEqual(only(0, true));
      await page.keyboard.press('ArrowLeft');
      expect(await state()).toEqual(only(labels.length - 1, true));
      await page.keyboard.press('Home');
      expect(await state()).toEqual(only(0, true));
      // Tab leaves the list from the selected tab.
      await page.keyboard.press('Tab');
      expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(false);

      // The side tabs: Server shows the server examples and hides the client ones.
      await page.getByRole('tablist', { name: 'Examples for' }).getByRole('tab', { name: 'Server' }).click();
      expect(await page.getByRole('tabpanel', { name: 'Server', exact: true }).isVisible()).toBe(true);
      expect(await list.isVisible()).toBe(false);
    }));

  it('copies a code block with its Copy button and says so in a live region', () =>
    withPage(
      '409/',
      async (page) => {
        const figure = page.locator('figure.example:visible').first();
        await figure.getByRole('button', { name: 'Copy' }).click();
        await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(await figure.locator('pre code').textContent());
        expect(copied).toContain('curl');
        expect(await page.locator('.code-page pre.astro-code').count()).toBe(
          await page.locator('.code-page button.copy').count(),
        );
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    ));

  it.each(['light', 'dark'] as const)(
    'passes axe with the table of contents open and another tab selected (%s theme)',
    (theme) =>
      withPage(
        '409/',
        async (page) => {
          await page.locator('.toc summary').click();
          expect(await page.locator('.toc a').first().isVisible()).toBe(true);
          await page.getByRole('tablist', { name: 'Client examples' }).getByRole('tab').nth(1).click();
          expect(await axeViolations(page)).toEqual([]);
        },
        { colorScheme: theme },
      ),
  );

  it('lists every section in the table of contents, each a link to a linked heading', () =>
    withPage('429/', async (page) => {
      const report = await page.evaluate(() => ({
        toc: [...document.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')),
        headings: [...document.querySelectorAll('.code-page section > h2')].map((h2) => ({
          id: `#${h2.id}`,
          link: h2.querySelector('a')?.getAttribute('href'),
        })),
      }));
      expect(report.toc).toEqual(report.headings.map((heading) => heading.id));
      for (const heading of report.headings) expect(heading.link).toBe(heading.id);
    }));
});

describe('navigation between pages', () => {
  it('links the codes before and after with rel="prev" and rel="next"', async () => {
    const codes = (await readPages(siteDir))
      .filter(isCodePage)
      .map((page) => page.path)
      .sort();
    const at = codes.indexOf('/409/');
    await withPage('409/', async (page) => {
      expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(codes[at - 1]);
      expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(codes[at + 1]);
    });
    await withPage(codes[0]!.slice(1), async (page) => {
      expect(await page.locator('a[rel="prev"]').count()).toBe(0);
      expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(codes[1]);
    });
  });

  it.each(['409/', '4xx/'])('shows /%s a breadcrumb that matches its BreadcrumbList JSON-LD', (path) =>
    withPage(
      path,
      async (page) => {
        const { visible, jsonLd } = await page.evaluate(() => {
          const graph = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!)[
            '@graph'
          ] as { '@type': string; itemListElement?: { name: string; item: string }[] }[];
          return {
            visible: [...document.querySelectorAll<HTMLAnchorElement>('.crumbs a')].map((a) => ({
              name: a.textContent!.trim(),
              path: new URL(a.href).pathname,
            })),
            jsonLd: graph
              .find((node) => node['@type'] === 'BreadcrumbList')!
              .itemListElement!.map(({ name, item }) => ({ name, path: new URL(item).pathname })),
          };
        });
        expect(visible.length).toBeGreaterThan(1);
        expect(visible).toEqual(jsonLd);
        expect(await page.locator('.crumbs a').last().getAttribute('aria-current')).toBe('page');
      },
      { javaScriptEnabled: false },
    ),
  );
});

describe('a code page on a wide screen', () => {
  it.each([1280, 1440])('keeps the table of contents open beside the text at %i px', (width) =>
    withPage(
      '409/',
      async (page) => {
        const box = (selector: string) => page.locator(selector).first().boundingBox();
        const toc = await box('.toc ol');
        const text = await box('.code-page .lede');
        expect(toc, 'the contents are shown without opening them').not.toBeNull();
        expect(toc!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
        expect(toc!.x + toc!.width).toBeLessThanOrEqual(width);
        await page.mouse.wheel(0, 3000);
        await expect.poll(async () => (await box('.toc ol'))!.y).toBeLessThan(900);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      },
      { viewport: { width, height: 900 } },
    ),
  );
});

describe('a code page without JavaScript', () => {
  it('shows every example in order, under a Client or Server heading, and no tab list', () =>
    withPage(
      '429/',
      async (page) => {
        const figures = page.locator('figure.example');
        expect(await figures.count()).toBeGreaterThan(3);
        for (const figure of await figures.all()) expect(await figure.isVisible()).toBe(true);
        expect(await page.locator('[role="tablist"]:visible').count()).toBe(0);
        expect(await page.locator('.side-title:visible').allTextContents()).toEqual(
          expect.arrayContaining(['Client', 'Server', 'Client side', 'Server side']),
        );
      },
      { javaScriptEnabled: false },
    ));
});
