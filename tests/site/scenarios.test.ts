/**
 * Every scenario of every code page against the real httpbin the test build points at: each with
 * Node's fetch(), and each page's own scenarios in Chromium through the page (redirects followed,
 * preflights sent), so a scenario that stops showing what it says fails here. Also the scenarios'
 * JavaScript: what the first view runs, and that the rest loads only when a scenario is opened.
 */
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brotliTotal, SCENARIO_JS_BYTES, SCENARIO_LOADER_JS_BYTES } from '../../scripts/lib/budgets.ts';
import { pageAt } from '../../scripts/lib/dist.ts';
import { featureScripts, firstViewScripts, type PageAsset } from '../../scripts/lib/page-assets.ts';
import { MAX_REDIRECTS } from '../../src/lib/live/httpbin.ts';
import { bodyText, FAULTS, sendRequest, type Failure, type Outcome } from '../../src/lib/live/request.ts';
import { scenarioRequest, type ScenarioRequest } from '../../src/lib/live/scenario-request.ts';
import { scenariosOf, type ScenarioView } from '../../src/lib/live/scenarios.ts';
import { useBrowser } from '../support/browser.ts';
import { loadCodePages } from '../support/content.ts';
import { outcomeProblems } from '../support/scenario-outcome.ts';
import { runScenario, scenarioAt } from '../support/scenario.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
const httpbinUrl = inject('httpbinUrl');

/** Every page's scenarios as the build computes them, the derived "send /status/NNN" first. */
const pages = (await loadCodePages()).map(({ data }) => ({
  code: data.code,
  scenarios: scenariosOf(data.code, data.scenarios, httpbinUrl),
}));
/** The pages' own scenarios, with their place among the page's <details>. */
const own = pages.flatMap(({ code, scenarios }) =>
  scenarios
    .filter((scenario) => !scenario.derived)
    .map((scenario, index) => ({ code, index, scenario, label: `/${code}/ "${scenario.title}"` })),
);

const requestOf = (scenario: ScenarioView): ScenarioRequest | null =>
  scenario.request && scenarioRequest(httpbinUrl, scenario.request);

/** Node's fetch() rejects past the redirect limit with this cause (undici). */
async function redirectLimitError(request: ScenarioRequest): Promise<string> {
  const { url, method, headers = [], body } = request;
  const init = { method, headers: headers.map(([n, v]): [string, string] => [n, v]), ...(body && { body }) };
  return fetch(url, init).then(
    (response) => `an answer, ${response.status}`,
    (error: Error) => String((error.cause as Error | undefined)?.message),
  );
}

describe('every scenario with Node fetch()', () => {
  it('answers as its page says, on every page', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const { code, scenarios } of pages)
      for (const scenario of scenarios) {
        const request = requestOf(scenario);
        if (!request) continue;
        sent++;
        const label = `/${code}/ "${scenario.title}"`;
        if (!scenario.expect) {
          const outcome = await sendRequest(fetch, request);
          if (!('failure' in outcome)) problems.push(`${label}: fetch() should reject, got ${outcome.received.status}`);
        } else if (scenario.expect.failure === 'redirect-loop') {
          const error = await redirectLimitError(request);
          if (error !== 'redirect count exceeded')
            problems.push(`${label}: should exceed the redirect limit, got ${error}`);
        } else
          problems.push(
            ...outcomeProblems(scenario.expect, await sendRequest(fetch, request)).map((p) => `${label}: ${p}`),
          );
      }
    expect(problems).toEqual([]);
    expect(sent, 'every page but 1xx sends its /status/NNN').toBeGreaterThan(pages.length - 6);
  });

  it('sends nothing for 1xx codes, whose interim answers fetch() never shows', () => {
    for (const { code, scenarios } of pages) expect(scenarios[0]?.request === null, `/${code}/`).toBe(code < 200);
  });

  it("stops the loop exactly at the Fetch standard's limit of 20 redirects", async () => {
    const [loop] = own.filter(({ scenario }) => scenario.expect?.failure === 'redirect-loop');
    const request = loop && requestOf(loop.scenario);
    expect(request?.url).toBe(`${httpbinUrl}/redirect/${MAX_REDIRECTS + 1}`);
    const limit = await fetch(`${httpbinUrl}/redirect/${MAX_REDIRECTS}`);
    expect([limit.status, new URL(limit.url).pathname]).toEqual([200, '/get']);
  });

  it('gives each code the issue names at least one scenario of its own', () => {
    const covered = new Set(own.map(({ code }) => code));
    const named = [200, 204, 206, 301, 302, 303, 304, 307, 308, 401, 405, 406, 412, 416, 418, 429, 503];
    expect(named.filter((code) => !covered.has(code))).toEqual([]);
  });
});

/** Request header fields a page may send without a preflight (Fetch, "CORS-safelisted request-header"). */
function needsPreflight({ method, headers = [] }: ScenarioRequest): boolean {
  const safelisted = ([name, value]: readonly [string, string]) => {
    const key = name.toLowerCase();
    if (key === 'accept' || key === 'accept-language' || key === 'content-language') return true;
    if (key === 'content-type')
      return ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'].includes(
        value.split(';')[0]!.trim().toLowerCase(),
      );
    return key === 'range' && /^bytes=\d+-\d*$/.test(value);
  };
  return !['GET', 'HEAD', 'POST'].includes(method) || !headers.every(safelisted);
}

/** What the page shows after a run, read back into an Outcome (the elapsed time left at 0). */
async function shownOutcome(scenario: Locator, announcement: string): Promise<Outcome> {
  const shown = await scenario.evaluate((el) => {
    const pairs = (ref: string) =>
      [...el.querySelectorAll(`[data-ref="${ref}"] dt`)].map((dt): [string, string] => [
        dt.textContent ?? '',
        dt.nextElementSibling?.textContent ?? '',
      ]);
    const result = el.querySelector<HTMLElement>('[data-ref="result"]');
    return result && !result.hidden
      ? {
          facts: pairs('facts'),
          headers: pairs('headers'),
          body: el.querySelector('[data-ref="body"]')?.textContent ?? '',
        }
      : null;
  });
  if (!shown) {
    const failure = (Object.keys(FAULTS) as Failure[]).find((key) => FAULTS[key](httpbinUrl) === announcement);
    if (!failure) throw new Error(`no result and no known fault: "${announcement}"`);
    return { failure, ms: 0 };
  }
  const facts = new Map(shown.facts);
  const empty = [bodyText(null), bodyText({ text: '', truncated: false })];
  return {
    received: {
      status: Number(facts.get('status')),
      statusText: JSON.parse(facts.get('statusText') ?? '""') as string,
      ok: facts.get('ok') === 'true',
      type: facts.get('type') ?? '',
      redirected: facts.get('redirected') === 'true',
      url: facts.get('url') ?? '',
      headers: shown.headers.filter(([name]) => name !== '(none)'),
      body: { text: empty.includes(shown.body) ? '' : shown.body, truncated: false },
    },
    ms: 0,
  };
}

describe("each page's own scenarios in Chromium", () => {
  const browser = useBrowser();

  it.each(own)('$label shows what it says', async ({ code, index, scenario }) => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => errors.push(message.text()));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      let preflights = 0;
      cdp.on('Network.requestWillBeSent', ({ request }) => {
        if (request.method === 'OPTIONS' && request.url.startsWith(httpbinUrl)) preflights++;
      });
      await page.goto(new URL(`${code}/`, siteUrl).href);
      const details = scenarioAt(page, index);
      const announcement = await runScenario(details);
      const outcome = await shownOutcome(details, announcement);
      const request = requestOf(scenario)!;
      expect(outcomeProblems(scenario.expect!, outcome), announcement).toEqual([]);
      expect(preflights > 0, `a preflight ${needsPreflight(request) ? 'goes' : 'does not go'} first`).toBe(
        needsPreflight(request),
      );
      if (scenario.expect?.method) expect(announcement).toContain(`the server saw ${scenario.expect.method}`);
      if (scenario.expect?.failure === 'redirect-loop')
        expect(errors.join('\n'), "the browser's own error").toContain('net::ERR_TOO_MANY_REDIRECTS');
    } finally {
      await context.close();
    }
  });

  it('copies the request it sends, as curl and as fetch', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(new URL('307/', siteUrl).href);
      const details = scenarioAt(page, 0);
      await details.locator('summary').click();
      const { scenario } = own.find(({ code }) => code === 307)!;
      for (const [kind, text] of [
        ['curl', scenario.curl],
        ['fetch', scenario.fetch],
      ] as const) {
        await details.getByRole('button', { name: `Copy as ${kind}` }).click();
        await expect.poll(() => details.getByRole('status').textContent()).toBe(`Copied the request as ${kind}.`);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      }
    } finally {
      await context.close();
    }
  });

  it('sends nothing and loads no scenario code before the reader opens one', async () => {
    const context = await browser().newContext();
    try {
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(new URL('307/', siteUrl).href, { waitUntil: 'networkidle' });
      expect(requested.filter((url) => url.includes('scenario-runner') || url.startsWith(httpbinUrl))).toEqual([]);
      const details = scenarioAt(page, 0);
      const runner = page.waitForRequest((request) => request.url().includes('scenario-runner'));
      await details.locator('summary').click();
      await runner;
      await page.waitForLoadState('networkidle');
      expect(
        requested.filter((url) => url.startsWith(httpbinUrl)),
        'opening sends nothing',
      ).toEqual([]);
      await expect(details.getByRole('button', { name: /Send request/ }).isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('scenario JavaScript', () => {
  let loader: PageAsset[] = [];
  let feature: PageAsset[] = [];
  beforeAll(async () => {
    const page = await pageAt(dir, '/307/');
    loader = (await firstViewScripts(dir, page)).filter((s) => s.content.includes('scenario-element'));
    feature = await featureScripts(dir, page, 'scenario-element');
  });

  it(`runs at most ${SCENARIO_LOADER_JS_BYTES} bytes of brotli on the first view, none of the runner`, async () => {
    expect(loader.length, 'no first-view script of /307/ loads <live-scenario>').toBeGreaterThan(0);
    expect(brotliTotal(loader), loader.map((s) => s.source).join(', ')).toBeLessThanOrEqual(SCENARIO_LOADER_JS_BYTES);
    const firstView = (await firstViewScripts(dir, await pageAt(dir, '/307/'))).map((s) => s.source);
    expect(firstView.filter((source) => source.includes('scenario-runner'))).toEqual([]);
  });

  it(`needs at most ${SCENARIO_JS_BYTES / 1024} KiB of brotli once a scenario runs`, () => {
    expect(
      feature.some((s) => s.source.includes('scenario-runner')),
      'the loader imports the runner with import()',
    ).toBe(true);
    const total = brotliTotal(feature);
    expect(total, feature.map((s) => s.source).join(', ')).toBeLessThanOrEqual(SCENARIO_JS_BYTES);
  });
});
