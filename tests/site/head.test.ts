/**
 * The <head> of every built page: titles, descriptions, canonical and preview-image URLs, and a
 * Content-Security-Policy that admits every inline script and style the page holds, and no more.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { loadCodePages } from '../support/content.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { cspHash } from '../../src/lib/seo/content-security-policy.ts';

const dir = inject('siteDir');
// The test build uses the default SITE_URL and BASE_PATH of astro.config.mjs.
const SITE = 'https://httpstatus.dev';
let pages: BuiltPage[] = [];
let codes: CodeFile[] = [];

beforeAll(async () => {
  pages = await readPages(dir);
  codes = await loadCodePages();
});

const meta = (page: BuiltPage, key: string) =>
  page.doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');

/** The directives of the page's <meta> policy, by name. */
function policyOf(page: BuiltPage): Map<string, string[]> {
  const content = page.doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
  if (!content) throw new Error(`${page.path}: no Content-Security-Policy <meta>`);
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const hashOf = (source: string) => `'${cspHash(source)}'`;

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('head', () => {
  it('titles and describes each code page from its frontmatter', async () => {
    for (const { data } of codes) {
      const page = pages.find((p) => p.path === `/${data.code}/`)!;
      expect(text(page.doc.querySelector('title'))).toBe(`${data.code} ${data.name} – HTTP status code reference`);
      expect(meta(page, 'description')).toBe(data.summary);
      expect(meta(page, 'og:title')).toBe(text(page.doc.querySelector('title')));
      expect(meta(page, 'og:type')).toBe('article');
      expect(meta(page, 'article:modified_time')).toBe(data.lastUpdated.toISOString().slice(0, 10));
    }
  });

  it('gives every indexable page an absolute canonical URL and Open Graph and Twitter tags', () => {
    for (const page of pages.filter((p) => p.path !== '/404.html')) {
      const canonical = page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, page.path).toBe(`${SITE}${page.path}`);
      expect(meta(page, 'og:url')).toBe(canonical);
      expect(meta(page, 'description')?.length, `${page.path} description`).toBeGreaterThan(40);
      expect(meta(page, 'og:description')).toBe(meta(page, 'description'));
      expect(meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(meta(page, 'twitter:image')).toBe(meta(page, 'og:image'));
      expect(page.doc.querySelectorAll('meta[name="theme-color"]')).toHaveLength(2);
      expect(page.doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
    }
  });

  it('keeps the not-found page out of search indexes', () => {
    const notFound = pages.find((p) => p.path === '/404.html')!;
    expect(meta(notFound, 'robots')).toBe('noindex');
    expect(notFound.doc.querySelector('link[rel="canonical"]')).toBeNull();
  });

  it('points every page to a built 1200x630 PNG preview of its own', async () => {
    const images = new Set<string>();
    for (const page of pages) {
      const image = meta(page, 'og:image') ?? '';
      expect(image.startsWith(`${SITE}/og/`), `${page.path}: ${image}`).toBe(true);
      expect(meta(page, 'og:image:alt')?.length, `${page.path} image alt`).toBeGreaterThan(10);
      images.add(image);
      expect(await pngSize(join(dir, new URL(image).pathname))).toEqual([1200, 630]);
    }
    // One per code, class, comparison and guide step, and the site's own for the home and not-found pages.
    expect(images.size).toBe(pages.length - 1);
  });
});

describe('Content-Security-Policy in every page', () => {
  it('puts the policy first in <head>, right after the charset, so it governs everything after it', () => {
    for (const page of pages) {
      const [charset, policy] = page.doc.querySelector('head')?.children ?? [];
      expect(charset?.getAttribute('charset'), page.path).toBe('utf-8');
      expect(policy?.getAttribute('http-equiv'), page.path).toBe('content-security-policy');
      expect(page.html.indexOf('<meta charset'), `${page.path}: charset in the first 1,024 bytes`).toBeLessThan(1024);
    }
  });

  it('admits no inline script or style by keyword, and WebAssembly for search', () => {
    for (const page of pages) {
      const policy = policyOf(page);
      expect(policy.get('script-src'), page.path).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src'), page.path).toContain("'wasm-unsafe-eval'");
      expect(policy.get('style-src'), page.path).not.toContain("'unsafe-inline'");
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https:', 'http://127.0.0.1:*']));
    }
  });

  it('lists the hash of every inline script and <style> the page holds', () => {
    for (const page of pages) {
      const policy = policyOf(page);
      // JSON-LD is a data block: browsers never run it, so the policy does not govern it.
      const scripts = page.doc
        .querySelectorAll('script:not([src])')
        .filter((script) => script.getAttribute('type') !== 'application/ld+json');
      expect(scripts.length, `${page.path} inline scripts`).toBeGreaterThan(0);
      for (const script of scripts) expect(policy.get('script-src'), page.path).toContain(hashOf(script.textContent));
      for (const style of page.doc.querySelectorAll('style'))
        expect(policy.get('style-src'), page.path).toContain(hashOf(style.textContent));
    }
  });

  it("lists no hash of another page's inline code", () => {
    for (const page of pages) {
      const policy = policyOf(page);
      const own = new Set(
        [...page.doc.querySelectorAll('script:not([src]), style')].map((element) => hashOf(element.textContent)),
      );
      const foreign = [...(policy.get('script-src') ?? []), ...(policy.get('style-src') ?? [])].filter(
        (source) => source.startsWith("'sha256-") && !own.has(source),
      );
      expect(foreign, page.path).toEqual([]);
    }
  });

  it('has no style attributes and no inline event handlers, which the policy would block', () => {
    for (const page of pages) {
      const offending = page.doc
        .querySelectorAll('*')
        .filter((el) => el.hasAttribute('style') || Object.keys(el.attributes).some((name) => /^on/i.test(name)));
      expect(
        offending.map((el) => el.outerHTML.slice(0, 80)),
        page.path,
      ).toEqual([]);
    }
  });
});
