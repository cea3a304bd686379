/** The live widget in the built pages: markup, progressive enhancement and the JavaScript budget. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brotliTotal, WIDGET_JS_BYTES } from '../../scripts/lib/budgets.ts';
import { pageAt, text } from '../../scripts/lib/dist.ts';
import { featureScripts } from '../../scripts/lib/page-assets.ts';
import { loadCodePages } from '../support/content.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { hiddenResponseHeaders } from '../../src/lib/live/hidden-headers.ts';
import { liveModeOf } from '../../src/lib/live/modes.ts';
import { httpbinImitation } from '../../src/lib/live/try-it.ts';
import { rawRequest } from '../support/raw-http.ts';

const dir = inject('siteDir');
const httpbinUrl = inject('httpbinUrl');

let codes: CodeFile[] = [];
beforeAll(async () => {
  codes = await loadCodePages();
});

describe('live widget markup', () => {
  it('enhances the curl block of every code page, hidden until its script runs', async () => {
    for (const { data } of codes) {
      const page = await pageAt(dir, `/${data.code}/`);
      const tryIt = page.doc.querySelector('#try-it')?.closest('section');
      // The highlighted block keeps its markup as raw text here: drop the tags to read the command.
      const curl = (tryIt?.querySelector('pre')?.textContent ?? '').replace(/<[^>]*>/g, '');
      expect(curl, `/${data.code}/ keeps its curl command`).toContain(`curl -i ${httpbinUrl}/status/${data.code}`);
      const widgets = tryIt?.querySelectorAll('live-example') ?? [];
      expect(widgets, `/${data.code}/ has one widget`).toHaveLength(1);
      const widget = widgets[0];
      expect(widget?.hasAttribute('hidden')).toBe(true);
      expect(widget?.getAttribute('data-code')).toBe(String(data.code));
      expect(widget?.getAttribute('data-live')).toBe(liveModeOf(data.code));
      expect(widget?.getAttribute('data-server')).toBe(httpbinUrl);
      expect(widget?.querySelectorAll('button').map(text)).toContain('Send request');
      expect(widget?.querySelector('[role="status"]')).not.toBeNull();
    }
  });

  it("lists the code's response headers that script cannot read, from the page's facts", async () => {
    for (const { data } of codes) {
      const widget = (await pageAt(dir, `/${data.code}/`)).doc.querySelector('live-example');
      const listed = widget?.querySelectorAll('.hidden-headers li').map(text) ?? [];
      const expected = data.code < 200 ? [] : hiddenResponseHeaders(data.headers).map((h) => h.name);
      expect(listed, `/${data.code}/`).toEqual(expected);
    }
    const names = async (code: number) =>
      (await pageAt(dir, `/${code}/`)).doc.querySelectorAll('live-example .hidden-headers li').map(text);
    expect(await names(301)).toContain('Location');
    expect(await names(401)).toContain('WWW-Authenticate');
    expect(await names(407)).toContain('Proxy-Authenticate');
    expect(await names(503)).toContain('Retry-After');
  });

  it('offers the retry-with-backoff demo on 429 and 503 only', async () => {
    for (const { data } of codes) {
      const widget = (await pageAt(dir, `/${data.code}/`)).doc.querySelector('live-example');
      const hasDemo = widget?.querySelectorAll('button').some((b) => text(b) === 'Run the retry demo');
      expect(hasDemo, `/${data.code}/`).toBe(data.code === 429 || data.code === 503);
    }
  });
});

describe('where httpbin only imitates a code', () => {
  it('says so under the curl command, and the local httpbin really answers that way', async () => {
    const noted: number[] = [];
    for (const { data } of codes) {
      const tryIt = (await pageAt(dir, `/${data.code}/`)).doc.querySelector('#try-it')?.closest('section');
      const shown = tryIt?.querySelector('.try-it-imitation');
      expect(Boolean(shown), `/${data.code}/`).toBe(httpbinImitation(data.code) !== null);
      if (shown) noted.push(data.code);
    }
    for (const code of noted.filter((c) => c < 200)) {
      // One status line, then the connection closes: no final response follows the interim one.
      const answer = await rawRequest(httpbinUrl, `/status/${code}`);
      expect(answer.status, `${code}`).toBe(code);
      expect(answer.body, `${code}`).not.toMatch(/HTTP\/1\.1 \d{3}/);
    }
    const upgradeRequired = await fetch(`${httpbinUrl}/status/426`);
    expect(upgradeRequired.status).toBe(426);
    expect(upgradeRequired.headers.has('upgrade')).toBe(false);
    expect((await fetch(`${httpbinUrl}/status/499`)).status).toBe(499);
  });
});

describe('live widget JavaScript', () => {
  it(`fits in ${WIDGET_JS_BYTES} bytes of brotli`, async () => {
    const scripts = await featureScripts(dir, await pageAt(dir, '/409/'), 'live-example');
    expect(scripts.length, 'no module script of /409/ defines <live-example>').toBeGreaterThan(0);
    const total = brotliTotal(scripts);
    expect(
      total,
      `widget JS is ${total} bytes brotli, from ${scripts.map((s) => s.source).join(', ')}`,
    ).toBeLessThanOrEqual(WIDGET_JS_BYTES);
  });
});
