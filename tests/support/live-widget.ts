/** Drives the live httpbin widget (<live-example>) in a Playwright page. */
import type { Page } from 'playwright-core';

export const widget = (page: Page) => page.locator('live-example');
export const statusOf = (page: Page) => widget(page).getByRole('status');

/** Waits until the live region holds a message (not the first hint, nor "Sending") and returns it. */
export async function announced(page: Page, timeout = 5000): Promise<string> {
  const status = statusOf(page);
  await page.waitForFunction(
    (el) => el instanceof HTMLElement && !!el.dataset['tone'] && !/^(Sending|Retrying)/.test(el.textContent ?? ''),
    await status.elementHandle(),
    { timeout },
  );
  return (await status.textContent()) ?? '';
}

/** Clicks "Send request" and returns what the live region announces. */
export async function send(page: Page): Promise<string> {
  await widget(page)
    .getByRole('button', { name: /Send request/ })
    .click();
  return announced(page);
}
