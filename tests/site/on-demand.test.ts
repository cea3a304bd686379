/**
 * Code loaded on demand (src/lib/lazy/), in Chromium: the search dialog and the live widget load
 * when the browser is idle, and a reader who acts before that loses nothing: the dialog opens at
 * once, keeps what is typed and opens the first result on Enter; the widget shows only once its
 * code can run it. Each test holds the feature's code back, then lets it through.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { announced, widget } from '../support/live-widget.ts';
import { INPUT } from '../support/search-dialog.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const browser = useBrowser();
/** Site paths of the bundles that hold the search dialog and the widget's element. */
let dialogCode = '';
let widgetCode = '';

beforeAll(async () => {
  const assets = join(dir, '_astro');
  for (const file of (await readdir(assets)).filter((f) => f.endsWith('.js'))) {
    const source = await readFile(join(assets, file), 'utf8');
    if (source.includes('search-codes.json')) dialogCode = `/_astro/${file}`;
    if (/customElements\.define\(\s*[`'"]live-example/.test(source)) widgetCode = `/_astro/${file}`;
  }
  expect(dialogCode, 'a bundle holds the search dialog').not.toBe('');
  expect(widgetCode, 'a bundle defines <live-example>').not.toBe('');
});

/** Opens `path` with the request for `held` parked until release() is called. */
async function openHolding(path: string, held: string): Promise<{ page: Page; release: () => Promise<void> }> {
  const page = await browser().newPage();
  let parked: Route | undefined;
  let arrived: () => void = () => undefined;
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(
    (url) => url.pathname === held,
    (route) => {
      parked = route;
      arrived();
    },
  );
  await page.goto(new URL(path.slice(1), siteUrl).href);
  return {
    page,
    release: async () => {
      await requested;
      await parked?.continue();
    },
  };
}

describe('code loaded on demand', () => {
  it('loads the search dialog and the widget when the browser is idle, without any input', async () => {
    const page = await browser().newPage();
    const loaded: string[] = [];
    page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(new URL('409/', siteUrl).href);
    await expect
      .poll(() => loaded.filter((path) => path === dialogCode || path === widgetCode).sort())
      .toEqual([dialogCode, widgetCode].sort());
    await page.close();
  });

  it('opens the search at once with "/", keeps the typing and opens the first result on Enter', async () => {
    const { page, release } = await openHolding('/', dialogCode);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('409');
    await page.keyboard.press('Enter');
    expect(await page.inputValue(INPUT)).toBe('409');
    await release();
    await page.waitForURL(new URL('409/', siteUrl).href);
    await page.close();
  });

  it('keeps the widget in its place, unseen, until its code is in, and then it works', async () => {
    const { page, release } = await openHolding('/409/', widgetCode);
    expect(await widget(page).isVisible()).toBe(false);
    await release();
    await widget(page).getByRole('button', { name: 'Send request' }).click();
    expect(await announced(page)).toMatch(/409/);
    await page.close();
  });
});
