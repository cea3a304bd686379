/** Drives the site search dialog in a Playwright page, the way a keyboard user does. */
import type { Page } from 'playwright-core';

export const INPUT = '#search-input';
export const RESULTS = '#search-results';

/** Opens the dialog with the `/` key and waits for its input. */
export async function openSearch(page: Page): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[open] ' + INPUT);
}

/** Types `query` into the open dialog and waits until every result for it is shown. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill(INPUT, query);
  await page.waitForFunction(
    ({ selector, query }) => {
      const list = document.querySelector<HTMLElement>(selector);
      return list?.dataset['query'] === query && list.getAttribute('aria-busy') === 'false';
    },
    { selector: RESULTS, query },
  );
  return resultPaths(page);
}

/** The path of every result shown, in order. */
export const resultPaths = (page: Page) =>
  page.$$eval(`${RESULTS} [role="option"]`, (options) =>
    options.map((option) => new URL((option as HTMLElement).dataset['href'] ?? '', location.href).pathname),
  );
