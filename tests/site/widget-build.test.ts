/** The live widget in the built pages: markup, progressive enhancement and the JavaScript budget. */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, text, type BuiltPage } from '../support/dist.ts';
import { loadCodePages, type CodePage } from '../support/content.ts';
import { hiddenResponseHeaders } from '../../src/lib/hidden-headers.ts';
import { defaultLiveMode } from '../../src/lib/defaults.ts';

const dir = inject('siteDir');
const httpbinUrl = inject('httpbinUrl');

/** The budget: at most 4 KB of JavaScript, brotli-compressed, for the widget. */
const WIDGET_JS_BUDGET = 4096;

let codes: CodePage[] = [];
beforeAll(async () => {
  codes = await loadCodePages();
});

interface Script {
  name: string;
  code: string;
}

/** Module scripts of a page that define the widget, and every module they import, each once. */
async function widgetScripts(page: BuiltPage): Promise<Script[]> {
  const found = new Map<string, string>();
  const visit = async (file: string) => {
    if (found.has(file)) return;
    const code = await readFile(file, 'utf8');
    found.set(file, code);
    for (const [, path = ''] of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["']([^"']+\.js)["']/g))
      await visit(path.startsWith('/') ? join(dir, path) : join(dirname(file), path));
  };
  const inline: Script[] = [];
  for (const script of page.doc.querySelectorAll('script[type="module"]')) {
    const src = script.getAttribute('src');
    if (src) {
      const code = await readFile(join(dir, src), 'utf8');
      if (code.includes('live-example')) await visit(join(dir, src));
    } else if (script.textContent.includes('live-example')) {
      inline.push({ name: `inline script in ${page.path}`, code: script.textContent });
    }
  }
  return [...inline, ...[...found].map(([name, code]) => ({ name, code }))];
}

describe('live widget markup', () => {
  it('enhances the curl block of every code page, hidden until its script runs', async () => {
    for (const { data } of codes) {
      const page = await pageAt(dir, `/${data.code}/`);
      const tryIt = page.doc.querySelector('section.try-it');
      // The highlighted block keeps its markup as raw text here: drop the tags to read the command.
      const curl = (tryIt?.querySelector('pre')?.textContent ?? '').replace(/<[^>]*>/g, '');
      expect(curl, `/${data.code}/ keeps its curl command`).toContain(`curl -i ${httpbinUrl}/status/${data.code}`);
      const widgets = tryIt?.querySelectorAll('live-example') ?? [];
      expect(widgets, `/${data.code}/ has one widget`).toHaveLength(1);
      const widget = widgets[0];
      expect(widget?.hasAttribute('hidden')).toBe(true);
      expect(widget?.getAttribute('data-code')).toBe(String(data.code));
      expect(widget?.getAttribute('data-live')).toBe(defaultLiveMode(data.code));
      expect(widget?.getAttribute('data-server')).toBe(httpbinUrl);
      expect(widget?.querySelectorAll('button').map(text)).toContain('Send request');
      expect(widget?.querySelector('[role="status"]')).not.toBeNull();
    }
  });

  it("lists the code's response headers that script cannot read, from the page's facts", async () => {
    for (const { data } of codes) {
      const widget = (await pageAt(dir, `/${data.code}/`)).doc.querySelector('live-example');
      const listed = widget?.querySelectorAll('.hidden-headers dt').map(text) ?? [];
      const expected = data.code < 200 ? [] : hiddenResponseHeaders(data.headers).map((h) => h.name);
      expect(listed, `/${data.code}/`).toEqual(expected);
    }
    const names = async (code: number) =>
      (await pageAt(dir, `/${code}/`)).doc.querySelectorAll('live-example .hidden-headers dt').map(text);
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

describe('live widget JavaScript', () => {
  it(`fits in ${WIDGET_JS_BUDGET} bytes of brotli`, async () => {
    const scripts = await widgetScripts(await pageAt(dir, '/409/'));
    expect(scripts.length, 'no module script of /409/ defines <live-example>').toBeGreaterThan(0);
    const sizes = scripts.map((s) => ({ name: s.name, brotli: brotliCompressSync(s.code).length }));
    const total = sizes.reduce((sum, s) => sum + s.brotli, 0);
    expect(total, `widget JS is ${total} bytes brotli: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(WIDGET_JS_BUDGET);
  });
});
