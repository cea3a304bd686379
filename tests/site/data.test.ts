/**
 * The machine-readable data (/codes.json, /NNN.json), robots.txt and the sitemap, over the build.
 * The format is documented in the README ("Machine-readable data").
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { loadCodePages } from '../support/content.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { STATUSES } from '../../src/lib/content/schema.ts';
import type { CodeRecord } from '../../src/lib/views/records.ts';

const dir = inject('siteDir');
const SITE = 'https://httpstatus.dev';
let codes: CodeFile[] = [];
let published: { count: number; codes: CodeRecord[] };

beforeAll(async () => {
  codes = await loadCodePages();
  published = JSON.parse(await readFile(join(dir, 'codes.json'), 'utf8'));
});

describe('/codes.json', () => {
  it('lists every code once, in order, with exactly the documented fields', () => {
    expect(published.count).toBe(codes.length);
    expect(published.codes.map((r) => r.code)).toEqual(codes.map((c) => c.data.code).sort((a, b) => a - b));
    for (const record of published.codes)
      expect(Object.keys(record).sort()).toEqual(
        [
          'cacheability',
          'class',
          'code',
          'formerNames',
          'name',
          'pageUrl',
          'sources',
          'specUrl',
          'status',
          'summary',
          'vendor',
        ].sort(),
      );
  });

  it('agrees with each code page', async () => {
    for (const record of published.codes) {
      const page = await pageAt(dir, new URL(record.pageUrl).pathname);
      expect(text(page.doc.querySelector('h1'))).toBe(`${record.code} ${record.name}`);
      expect(text(page.doc.querySelector('.lede'))).toBe(record.summary);
      expect(text(page.doc.querySelector('.badges'))).toContain(record.class);
      expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(record.pageUrl);
      if (record.specUrl) expect(page.doc.querySelector(`.spec a[href="${record.specUrl}"]`)).not.toBeNull();
      else expect(text(page.doc.querySelector('.spec'))).toContain(record.vendor ?? '(no vendor)');
      for (const former of record.formerNames) expect(text(page.doc.querySelector('.spec'))).toContain(former);
      expect(STATUSES).toContain(record.status);
      expect(record.status === 'unofficial').toBe(record.vendor !== null && record.specUrl === null);
    }
  });

  it('uses absolute URLs: pages under the site, specifications over https', () => {
    for (const record of published.codes) {
      expect(new URL(record.pageUrl).href).toBe(`${SITE}/${record.code}/`);
      if (record.specUrl) expect(new URL(record.specUrl).protocol).toBe('https:');
    }
  });

  it('publishes each record on its own as /NNN.json', async () => {
    for (const record of published.codes)
      expect(JSON.parse(await readFile(join(dir, `${record.code}.json`), 'utf8'))).toEqual(record);
  });
});

describe('sitemap and robots.txt', () => {
  let pages: BuiltPage[] = [];
  beforeAll(async () => {
    pages = await readPages(dir);
  });

  it('robots.txt points to the sitemap index, which lists the sitemap', async () => {
    const robots = await readFile(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}/sitemap-index.xml$`, 'm'));
    const index = await readFile(join(dir, 'sitemap-index.xml'), 'utf8');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([`${SITE}/sitemap-0.xml`]);
  });

  it('lists every page once, the 404 and 500 reference pages included, and not the not-found page', async () => {
    const sitemap = await readFile(join(dir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    const expected = pages.filter((p) => p.path !== '/404.html').map((p) => `${SITE}${p.path}`);
    expect([...listed].sort()).toEqual(expected.sort());
    expect(listed).toEqual(expect.arrayContaining([`${SITE}/404/`, `${SITE}/500/`]));
  });
});
