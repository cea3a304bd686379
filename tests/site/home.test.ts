/**
 * The home page: every code in a compact grid by class, the summaries one click away, the filter
 * (in Chromium), the page without JavaScript, and how tall it is on a phone and a wide screen.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { CLASSES } from '../../src/lib/content/classes.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { useBrowser } from '../support/browser.ts';
import { loadCodePages } from '../support/content.ts';
import { INPUT } from '../support/search-dialog.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const browser = useBrowser();
let codes: CodeFile[] = [];
let home: BuiltPage;

beforeAll(async () => {
  [codes, home] = await Promise.all([loadCodePages(), pageAt(dir, '/')]);
});

const gridOf = (page: BuiltPage, classId: string) =>
  page.doc.querySelectorAll(`[data-code-group][data-class="${classId}"] .code-grid li`);

describe('home page grid', () => {
  it('shows every code once, in its class, ascending, with its name and a link to its page', () => {
    for (const cls of CLASSES) {
      const expected = codes
        .map(({ data }) => data)
        .filter((data) => Math.floor(data.code / 100) === cls.digit)
        .sort((a, b) => a.code - b.code);
      const items = gridOf(home, cls.id);
      expect(
        items.map((li) => li.getAttribute('data-code')),
        cls.id,
      ).toEqual(expected.map((data) => String(data.code)));
      items.forEach((li, i) => {
        const data = expected[i]!;
        expect(li.querySelector('a')?.getAttribute('href')).toBe(`/${data.code}/`);
        expect(text(li.querySelector('.num'))).toBe(String(data.code));
        expect(text(li.querySelector('.name'))).toBe(data.name);
      });
    }
    expect(home.doc.querySelectorAll('.code-grid li')).toHaveLength(codes.length);
  });

  it('marks exactly the codes that are not standard, unofficial ones as such', () => {
    for (const { data } of codes) {
      const badge = text(home.doc.querySelector(`.code-grid li[data-code="${data.code}"] .badge`));
      if (data.status === 'standard') expect(badge, `${data.code}`).toBe('');
      else if (data.status === 'unofficial') expect(badge, `${data.code}`).toBe('Unofficial');
      else expect(badge, `${data.code}`).not.toBe('');
    }
  });

  it("keeps each code's one-line summary one click away, in its class's <details>", () => {
    for (const { data } of codes) {
      const item = home.doc.querySelector(`details.summaries .code-list li[data-code="${data.code}"]`);
      expect(item, `${data.code}`).not.toBeNull();
      expect(item?.closest('[data-code-group]')?.getAttribute('data-class')).toBe(`${Math.floor(data.code / 100)}xx`);
      expect(text(item)).toContain(data.summary);
    }
  });
});

async function openHome(options: Parameters<ReturnType<typeof browser>['newPage']>[0] = {}): Promise<Page> {
  const page = await browser().newPage(options);
  await page.goto(siteUrl);
  return page;
}

/** The codes whose grid entry is shown. */
const shownCodes = (page: Page) =>
  page.$$eval('.code-grid li', (items) =>
    items.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => (li as HTMLElement).dataset['code']),
  );
const shownClasses = (page: Page) =>
  page.$$eval('[data-code-group]', (groups) =>
    groups.filter((g) => (g as HTMLElement).checkVisibility()).map((g) => (g as HTMLElement).dataset['class']),
  );

describe('home page filter', () => {
  it('narrows the grid and the lists as the reader types, and says how many codes match', async () => {
    const page = await openHome();
    const filter = page.getByLabel('Filter the codes');
    await filter.pressSequentially('40');
    expect(await shownCodes(page)).toEqual(
      codes
        .map(({ data }) => String(data.code))
        .filter((code) => code.startsWith('40'))
        .sort(),
    );
    expect(await shownClasses(page)).toEqual(['4xx']);
    // Words match the name and the summary: every code kept says "too many" somewhere, 429 first of all.
    await filter.fill('too many');
    const kept = await shownCodes(page);
    expect(kept).toContain('429');
    for (const code of kept) {
      const data = codes.find((c) => String(c.data.code) === code)!.data;
      const said = `${data.name} ${data.formerNames.join(' ')} ${data.summary}`.toLowerCase();
      expect(said, code).toMatch(/\btoo/);
      expect(said, code).toMatch(/\bmany/);
    }
    expect(await page.locator('.code-filter [role="status"]').textContent()).toBe(
      `${kept.length} of ${codes.length} codes match.`,
    );
    // The lists with summaries follow the grid.
    await page.locator('[data-class="4xx"] details.summaries summary').click();
    const listed = await page.$$eval('[data-class="4xx"] .code-list li', (items) =>
      items.filter((li) => (li as HTMLElement).checkVisibility()).map((li) => (li as HTMLElement).dataset['code']),
    );
    expect(listed).toEqual(kept.filter((code) => code?.startsWith('4')));
    await filter.fill('');
    expect(await shownCodes(page)).toHaveLength(codes.length);
    expect(await shownClasses(page)).toEqual(CLASSES.map((cls) => cls.id));
    await page.close();
  });

  it('says when nothing matches and hands the words to the site search', async () => {
    const page = await openHome();
    await page.getByLabel('Filter the codes').fill('teapotz');
    expect(await shownCodes(page)).toEqual([]);
    expect(await page.locator('.code-filter [role="status"]').textContent()).toBe('No code matches “teapotz”.');
    await page.getByRole('button', { name: 'Search the full text' }).click();
    await page.waitForSelector('dialog[open]');
    expect(await page.inputValue(INPUT)).toBe('teapotz');
    await page.close();
  });
});

describe('home page without JavaScript', () => {
  it('lists every code, hides the filter, and opens the summaries of a class', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl);
    expect(await page.isVisible('.code-filter')).toBe(false);
    expect(await shownCodes(page)).toHaveLength(codes.length);
    const summary = codes.find(({ data }) => data.code === 409)!.data.summary;
    expect(await page.getByText(summary).isVisible()).toBe(false);
    await page.getByText('The 4xx codes in one line each').click();
    expect(await page.getByText(summary).isVisible()).toBe(true);
    await context.close();
  });
});

describe('home page height', () => {
  // Before the grid, the home page was one list of about 16 phone screens (15,933 px at 390x844).
  it.each([
    [390, 844, 6],
    [1440, 900, 3],
  ])('fits in a %sx%s viewport %s screens tall', async (width, height, screens) => {
    const page = await openHome({ viewport: { width, height } });
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(tall, `${tall} px`).toBeLessThanOrEqual(height * screens);
    await page.close();
  });
});
