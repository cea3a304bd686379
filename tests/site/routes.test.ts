import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { loadCodePages } from '../support/content.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { CLASSES } from '../../src/lib/content/classes.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
let codes: CodeFile[] = [];
let pages: BuiltPage[] = [];

beforeAll(async () => {
  codes = await loadCodePages();
  pages = await readPages(dir);
});

describe('routes', () => {
  it('builds a page for every code with its code and name in the heading', async () => {
    for (const { data } of codes) {
      const page = await pageAt(dir, `/${data.code}/`);
      expect(text(page.doc.querySelector('h1')), `/${data.code}/`).toBe(`${data.code} ${data.name}`);
    }
  });

  it('builds a page per class that lists exactly the codes of the class', async () => {
    for (const cls of CLASSES) {
      const page = await pageAt(dir, `/${cls.id}/`);
      expect(text(page.doc.querySelector('h1'))).toBe(`${cls.id} ${cls.name}`);
      const listed = page.doc.querySelectorAll('.code-list a').map((a) => a.getAttribute('href'));
      const expected = codes.filter((c) => Math.floor(c.data.code / 100) === cls.digit).map((c) => `/${c.data.code}/`);
      expect(listed.sort()).toEqual(expected.sort());
    }
  });

  it('lists every code on the home page with its name and summary', async () => {
    const home = await pageAt(dir, '/');
    for (const { data } of codes) {
      const link = home.doc.querySelector(`#all-codes .code-list a[href="/${data.code}/"]`);
      expect(link, `home links /${data.code}/`).not.toBeNull();
      expect(text(link)).toContain(data.name);
      expect(text(link)).toContain(data.summary);
    }
  });

  it('keeps the 404 and 500 reference pages apart from the not-found page', async () => {
    const notFound = await pageAt(dir, '/404.html');
    expect(text(notFound.doc.querySelector('h1'))).toBe('Page not found');
    expect(text((await pageAt(dir, '/404/')).doc.querySelector('h1'))).toBe('404 Not Found');
    expect(text((await pageAt(dir, '/500/')).doc.querySelector('h1'))).toBe('500 Internal Server Error');
    expect(existsSync(join(dir, '500.html'))).toBe(false);
    expect(existsSync(join(dir, 'not-found-page'))).toBe(false);
  });

  it('has no pages beyond the expected routes', () => {
    const expected = ['/', '/404.html', ...CLASSES.map((c) => `/${c.id}/`), ...codes.map((c) => `/${c.data.code}/`)];
    expect(pages.map((p) => p.path).sort()).toEqual(expected.sort());
  });

  it('answers /404/ with the reference page (200) and an unknown URL with the not-found page (404)', async () => {
    const reference = await fetch(new URL('404/', siteUrl));
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain('404 Not Found');
    const unknown = await fetch(new URL('no-such-page/', siteUrl));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Page not found');
  });
});

describe('code page layout', () => {
  const ORDER = [
    'What it means',
    'Common causes',
    'How to fix it',
    'Code examples',
    'Try it',
    'Example',
    'Developer tip',
    'Related status codes',
    'FAQ',
    'Sources',
  ];

  it('has every section in order, with the last-updated date at the end', async () => {
    for (const { data } of codes) {
      const page = await pageAt(dir, `/${data.code}/`);
      const headings = page.doc.querySelectorAll('article h2').map((h) => text(h));
      expect(headings, `/${data.code}/`).toEqual(ORDER);
      const article = page.doc.querySelector('article');
      expect(article?.lastElementChild?.classList.contains('last-updated')).toBe(true);
    }
  });

  it('shows the badges, spec citation or vendor, and the FAQ from frontmatter', async () => {
    for (const { data } of codes) {
      const page = await pageAt(dir, `/${data.code}/`);
      const badges = text(page.doc.querySelector('.badges'));
      expect(badges).toContain(`${Math.floor(data.code / 100)}xx`);
      if (data.status !== 'standard') expect(badges.toLowerCase()).toContain(data.status);
      if (data.spec) expect(page.doc.querySelector(`.spec a[href="${data.spec.url}"]`)).not.toBeNull();
      else expect(text(page.doc.querySelector('.spec'))).toContain(data.vendor?.name ?? '(missing vendor)');
      expect(page.doc.querySelectorAll('.faq dt').map(text)).toEqual(data.faq.map((f) => f.question));
      expect(page.doc.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toEqual(
        data.related.map((r) => `/${r.code}/`),
      );
    }
  });
});
