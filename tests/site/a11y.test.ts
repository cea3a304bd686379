/**
 * axe-core (WCAG 2.2 A and AA) on each kind of page, in the light and the dark theme.
 * A state is a page plus what to do to it after load; to check a dialog or a widget result, add
 * a state whose `prepare` opens or runs it.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { openSearch, searchFor } from '../support/search-dialog.ts';
import { send } from '../support/live-widget.ts';
import { runScenario, scenarioAt } from '../support/scenario.ts';
import { decodePasted } from '../support/decoder.ts';

interface PageState {
  name: string;
  /** Site path, relative to the site's root. */
  path: string;
  /** Brings the loaded page into the state to check. */
  prepare?: (page: Page) => Promise<void>;
}

const STATES: PageState[] = [
  { name: 'home page', path: '' },
  { name: 'class page', path: '4xx/' },
  { name: 'code page (the model page)', path: '409/' },
  { name: 'code page of an interim 1xx code', path: '101/' },
  { name: 'code page of an unofficial code', path: '499/' },
  { name: 'not-found page, suggesting a code', path: 'http-409-conflict/' },
  { name: 'comparison index', path: 'compare/' },
  { name: 'comparison page with five columns and the method row', path: 'compare/301-vs-302-vs-303-vs-307-vs-308/' },
  { name: 'decision guide, first question', path: 'choose/' },
  { name: 'decision guide step with a trail of answers', path: 'choose/state/' },
  { name: 'error page (not a status code)', path: 'errors/failed-to-fetch/' },
  { name: 'error page arriving with a status', path: 'errors/cloudflare-1015/' },
  { name: 'index of error pages', path: 'errors/' },
  {
    name: 'search dialog open with results',
    path: '409/',
    prepare: async (page) => {
      await openSearch(page);
      await searchFor(page, 'rate limit');
      await page.keyboard.press('ArrowDown');
    },
  },
  {
    name: 'code page after a live-widget result',
    path: '409/',
    prepare: async (page) => {
      await send(page);
    },
  },
  {
    name: 'redirect page after a live-widget result',
    path: '301/',
    prepare: async (page) => {
      await send(page);
    },
  },
  {
    name: 'redirect page after a scenario result',
    path: '307/',
    prepare: async (page) => {
      await runScenario(scenarioAt(page, 0));
    },
  },
  {
    name: 'decoder with an explanation',
    path: 'decode/',
    prepare: async (page) => {
      await decodePasted(page, 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nServer: nginx');
    },
  },
];

const THEMES = ['light', 'dark'] as const;

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe.each(THEMES)('accessibility in the %s theme', (theme) => {
  it.each(STATES)('$name has no WCAG 2.2 A or AA violation', async ({ path, prepare }) => {
    const context = await browser().newContext({ colorScheme: theme });
    try {
      const page = await context.newPage();
      await page.goto(new URL(path, siteUrl).href);
      await prepare?.(page);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
