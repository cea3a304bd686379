/**
 * With JavaScript disabled, every page shows its content and offers no control that needs a
 * script to work. Such controls live in an element marked data-needs-script, which must carry the
 * hidden attribute until its script shows it; only those subtrees may hide text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { readPages } from '../../scripts/lib/dist.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

interface NoScriptReport {
  /** Elements in <main> with text of their own that are not rendered. */
  hiddenText: string[];
  /** Script-only parts (data-needs-script) that are not hidden. */
  shownScriptParts: string[];
  /** Visible controls that do nothing without a script. */
  deadControls: string[];
  headings: number;
  tryItText: string | null;
}

/**
 * Runs inside the page (Playwright evaluates it even with the page's scripts disabled). A control
 * works without JS when it is a link to a real address, a native disclosure (<summary>), or a
 * field or button of a form that submits somewhere.
 */
function inspectWithoutScripts(): NoScriptReport {
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  const visible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  const main = document.querySelector('main');
  const hiddenText = [...(main?.querySelectorAll('*') ?? [])].filter(
    (el) =>
      [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') &&
      !el.closest('details:not([open]), template, noscript, script, style, [data-needs-script][hidden]') &&
      !visible(el),
  );
  const controls = document.querySelectorAll(
    'button, input, select, textarea, a[href], [role="button"], [role="tab"], [role="switch"], [role="menuitem"], [tabindex]:not([tabindex="-1"])',
  );
  const submitsSomewhere = (el: Element) => {
    const form = (el as HTMLButtonElement).form ?? el.closest('form');
    return (
      form !== null &&
      form.getAttribute('action') !== null &&
      !(el instanceof HTMLButtonElement && el.type === 'button')
    );
  };
  const works = (el: Element) => {
    if (el instanceof HTMLAnchorElement) {
      const href = el.getAttribute('href') ?? '';
      return href !== '#' && !href.toLowerCase().startsWith('javascript:');
    }
    if (
      el instanceof HTMLButtonElement ||
      el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
    )
      return submitsSomewhere(el);
    // Scrollable code blocks are focusable so keyboards can scroll them: that needs no script.
    if (el instanceof HTMLPreElement) return true;
    return el.tagName === 'SUMMARY';
  };
  const deadControls = [...controls].filter((el) => visible(el) && !works(el));
  const tryIt = document.querySelector('#try-it')?.closest('section');
  return {
    hiddenText: hiddenText.map(describe),
    shownScriptParts: [...document.querySelectorAll('[data-needs-script]')].filter(visible).map(describe),
    deadControls: deadControls.map(describe),
    headings: main?.querySelectorAll('h1, h2, h3').length ?? 0,
    tryItText: tryIt && visible(tryIt) ? ((tryIt as HTMLElement).innerText ?? '') : null,
  };
}

describe('without JavaScript', () => {
  it('every page shows its content and no control that needs a script', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    const paths = (await readPages(dir)).map((p) => (p.path === '/404.html' ? '/no-such-page/' : p.path));
    for (const path of paths) {
      await page.goto(new URL(path.slice(1), siteUrl).href);
      const report = await page.evaluate(inspectWithoutScripts);
      if (report.headings === 0) problems.push(`${path}: no heading in <main>`);
      problems.push(...report.hiddenText.map((el) => `${path}: hidden text ${el}`));
      problems.push(...report.shownScriptParts.map((el) => `${path}: script-only part shown without JavaScript ${el}`));
      problems.push(...report.deadControls.map((el) => `${path}: control that needs JavaScript ${el}`));
      if (/^\/\d{3}\/$/.test(path) && !report.tryItText?.includes('curl '))
        problems.push(`${path}: the "Try it" section does not show its curl command`);
    }
    expect(paths.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
