import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('theme', () => {
  it('applies a stored dark theme before the page renders, and the toggle switches and remembers it', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('theme', 'dark');
        sessionStorage.setItem('seeded', '1');
      }
    });
    // The head script must have run before the body is parsed: read the theme at DOMContentLoaded.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
          document.documentElement.dataset['theme'];
      });
    });
    await page.goto(new URL('409/', siteUrl).href);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe('dark');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('light');
    await context.close();
  });

  it('follows the system preference when nothing is stored', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(new URL('409/', siteUrl).href);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(15, 17, 21)');
    await context.close();
  });
});

describe('not-found page', () => {
  it.each([
    ['nope/4O9', '409 Conflict'],
    ['codes/500.html', '500 Internal Server Error'],
  ])('suggests the code page for /%s', async (path, name) => {
    const page = await browser().newPage();
    const response = await page.goto(new URL(path, siteUrl).href);
    expect(response?.status()).toBe(404);
    const suggestion = page.locator('#suggestion');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.getByRole('link').textContent()).toBe(name);
    await page.close();
  });

  it('says so when the path holds no known code, in the same place, so nothing shifts', async () => {
    const page = await browser().newPage();
    await page.goto(new URL('about/477/', siteUrl).href);
    const suggestion = page.locator('#suggestion');
    await expect.poll(() => suggestion.isVisible()).toBe(true);
    expect(await suggestion.textContent()).toBe('No known status code in this address.');
    expect(await suggestion.getByRole('link').count()).toBe(0);
    expect(await page.getByRole('link', { name: '4xx Client Error' }).count()).toBe(1);
    await page.close();
  });

  it('barely shifts the layout when the script reveals the help', async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number };
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(new URL('nope/4O9', siteUrl).href);
    await expect.poll(() => page.locator('#suggestion a').isVisible()).toBe(true);
    await page.waitForTimeout(200);
    // The help holds its place before it is revealed; without that the shift is about 0.05. What
    // remains (the header's search link becoming the search button) is far below Lighthouse's 0.1.
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.005);
    await page.close();
  });
});
