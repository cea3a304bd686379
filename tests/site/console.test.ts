/**
 * Every kind of page loads without a console error, an uncaught exception or a failed request.
 * Content-Security-Policy violations are console errors too, so they fail here.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const PAGES = [
  { kind: 'home page', path: '' },
  { kind: 'class page', path: '1xx/' },
  { kind: 'code page', path: '409/' },
  { kind: 'code page of an unofficial code', path: '499/' },
  { kind: 'reference page for 404', path: '404/' },
  { kind: 'not-found page', path: 'no-such-page/', status: 404 },
  { kind: 'not-found page with a suggestion', path: 'http-409-conflict/', status: 404 },
];

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('console', () => {
  it.each(PAGES)('stays clean on the $kind', async ({ path, status = 200 }) => {
    const page = await browser().newPage();
    try {
      const url = new URL(path, siteUrl).href;
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // Chromium reports a page served with status 404 as a failed resource: that is the
        // not-found page doing its job, not an error in it.
        const expectedStatus =
          status !== 200 && message.location().url === url && message.text().includes(`status of ${status}`);
        if (!expectedStatus) problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.url() !== url)
          problems.push(`${response.status()}: ${response.url()}`);
      });
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(status);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
