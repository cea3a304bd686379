/** Drives the decoder page (/decode/) in a Playwright page, the way a reader pastes into it. */
import type { Page } from 'playwright-core';

export const PASTE_BOX = '#decode-input';
export const EXPLANATION = '[data-decode-output]';

/** Pastes `text` into the paste box and waits for the explanation's heading. */
export async function decodePasted(page: Page, text: string): Promise<void> {
  await page.focus(PASTE_BOX);
  await page.fill(PASTE_BOX, text);
  await page.waitForSelector(`${EXPLANATION} h2`);
}
