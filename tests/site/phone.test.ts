/**
 * On a 390x844 phone, in Chromium: the site header fits one row, its controls and the home grid's
 * links are tap targets of at least 44x44 CSS pixels, and no page scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLASSES } from '../../src/lib/content/classes.ts';
import { useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const PHONE = { width: 390, height: 844 };
const TAP = 44;
/** The pages the issue names, every class page, and the not-found page. */
const PATHS = ['/', '/409/', '/429/', '/301/', ...CLASSES.map((cls) => `/${cls.id}/`), '/no/such/page/'];

let page: Page;
beforeAll(async () => {
  page = await browser().newPage({ viewport: PHONE });
});
afterAll(() => page?.close());

const open = (path: string) => page.goto(new URL(path.slice(1), siteUrl).href);

/** Visible controls under `selector` smaller than a tap target, as "name: W x H". */
const smallTargets = (selector: string) =>
  page.$$eval(
    `${selector} :is(a[href], button, summary, input, select)`,
    (controls, tap) =>
      controls
        .filter((el) => (el as HTMLElement).checkVisibility())
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < tap || box.height < tap)
        .map(({ el, box }) => `${(el.textContent ?? '').trim()}: ${box.width} x ${box.height}`),
    TAP,
  );

describe('on a 390 px phone', () => {
  it.each(PATHS)('%s does not scroll sideways', async (path) => {
    await open(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  it('fits the header in one row of tap targets', async () => {
    await open('/409/');
    const controls = await page.$$eval('.site-header :is(a[href], button, summary)', (items) =>
      items.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.getBoundingClientRect()),
    );
    // The title, the search and the menu; one row: every control overlaps every other vertically.
    expect(controls.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...controls.map((box) => box.top))).toBeLessThan(Math.min(...controls.map((box) => box.bottom)));
    expect(await smallTargets('.site-header')).toEqual([]);
  });

  it('folds the classes and the theme switch into a menu that opens without a script', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(new URL('409/', siteUrl).href);
    const menu = noScript.locator('.header-menu');
    expect(await menu.getByRole('link', { name: '4xx Client Error' }).isVisible()).toBe(false);
    await menu.getByText('Menu').click();
    for (const cls of CLASSES) {
      expect(await menu.getByRole('link', { name: `${cls.id} ${cls.name}` }).isVisible()).toBe(true);
    }
    await context.close();
    // With scripts, the menu holds the theme switch too, and its links are tap targets.
    await open('/409/');
    await page.locator('.header-menu').getByText('Menu').click();
    expect(await page.locator('.header-menu').getByRole('button', { name: 'Dark theme' }).isVisible()).toBe(true);
    expect(await smallTargets('.site-header')).toEqual([]);
  });

  it.each(['/409/', '/429/'])('makes every button and field of %s at least 44 px tall', async (path) => {
    await open(path);
    const low = await page.$$eval(
      'main :is(.button, .field)',
      (controls, tap) =>
        controls
          .filter((el) => (el as HTMLElement).checkVisibility())
          .map((el) => ({ name: (el.textContent ?? '').trim(), height: el.getBoundingClientRect().height }))
          .filter(({ height }) => height < tap),
      TAP,
    );
    expect(low).toEqual([]);
  });

  it("makes every link of the home page's grid a tap target", async () => {
    await open('/');
    expect(await smallTargets('.code-grid')).toEqual([]);
    expect(await smallTargets('.code-filter')).toEqual([]);
  });
});
