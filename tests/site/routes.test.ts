import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { loadCodePages, loadComparisons, loadErrorPages, loadGuide } from '../support/content.ts';
import type { ErrorFile } from '../../src/lib/errors/rules.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { CLASSES } from '../../src/lib/content/classes.ts';

const dir = inject('siteDir');
const siteUrl = inject('siteUrl');
let codes: CodeFile[] = [];
let pages: BuiltPage[] = [];
let comparisons: { id: string; codes: number[] }[] = [];
let guideSteps: string[] = [];
let errors: ErrorFile[] = [];

beforeAll(async () => {
  codes = await loadCodePages();
  pages = await readPages(dir);
  comparisons = await loadComparisons();
  guideSteps = Object.keys(await loadGuide());
  errors = await loadErrorPages();
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
    const expected = [
      '/',
      '/404.html',
      ...CLASSES.map((c) => `/${c.id}/`),
      ...codes.map((c) => `/${c.data.code}/`),
      '/compare/',
      ...comparisons.map((c) => `/compare/${c.id}/`),
      ...guideSteps.map((id) => (id === 'start' ? '/choose/' : `/choose/${id}/`)),
      '/decode/',
      '/errors/',
      ...errors.map((e) => `/errors/${e.slug}/`),
    ];
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
      expect(page.doc.querySelectorAll('.faq summary').map(text)).toEqual(data.faq.map((f) => f.question));
      expect(page.doc.querySelectorAll('.related a').map((a) => a.getAttribute('href'))).toEqual(
        data.related.map((r) => `/${r.code}/`),
      );
    }
  });
});

describe('comparison pages', () => {
  const hrefs = (page: BuiltPage, selector: string) =>
    new Set(
      page.doc
        .querySelectorAll(`${selector} a[href]`)
        .map((a) => a.getAttribute('href'))
        // Leave out the section heading's link to itself.
        .filter((href) => !href?.startsWith('#')),
    );

  it('link to the page of every code they compare, in the table and in the list of code pages', async () => {
    for (const { id, codes: compared } of comparisons) {
      const page = await pageAt(dir, `/compare/${id}/`);
      expect(text(page.doc.querySelector('h1')), id).toBe(compared.join(' vs '));
      const expected = compared.map((code) => `/${code}/`);
      expect([...hrefs(page, 'table.comparison thead')], id).toEqual(expected);
      expect([...hrefs(page, 'section[aria-labelledby="code-pages"]')], id).toEqual(expected);
    }
  });

  it('are linked back from the page of every code they compare, and from the index', async () => {
    const index = await pageAt(dir, '/compare/');
    for (const { id, codes: compared } of comparisons) {
      expect(hrefs(index, '.comparisons').has(`/compare/${id}/`), `/compare/ links ${id}`).toBe(true);
      for (const code of compared) {
        const page = await pageAt(dir, `/${code}/`);
        expect(hrefs(page, '.compared-in').has(`/compare/${id}/`), `/${code}/ links ${id}`).toBe(true);
      }
    }
  });

  it('leave the "Compared in" line off codes no comparison includes', async () => {
    const compared = new Set(comparisons.flatMap((c) => c.codes));
    const uncompared = codes.find((c) => !compared.has(c.data.code));
    if (!uncompared) throw new Error('every code is compared: pick another check');
    expect((await pageAt(dir, `/${uncompared.data.code}/`)).doc.querySelector('.compared-in')).toBeNull();
  });

  it('are linked, with the guide, from every class page and the not-found page', async () => {
    for (const path of [...CLASSES.map((c) => `/${c.id}/`), '/404.html']) {
      const page = await pageAt(dir, path);
      expect(hrefs(page, 'main').has('/compare/'), `${path} links /compare/`).toBe(true);
      expect(hrefs(page, 'main').has('/choose/'), `${path} links /choose/`).toBe(true);
    }
  });
});

describe('error pages', () => {
  it('builds a page for every error, with its title as the heading and every status code linked', async () => {
    expect(errors.length).toBeGreaterThanOrEqual(12);
    for (const { slug, data } of errors) {
      const page = await pageAt(dir, `/errors/${slug}/`);
      expect(text(page.doc.querySelector('h1')), slug).toBe(data.title);
      const linked = page.doc.querySelectorAll('.related a').map((a) => a.getAttribute('href'));
      expect(linked, slug).toEqual(data.statusCodes.map((s) => `/${s.code}/`));
      expect(page.doc.querySelectorAll('.faq summary').map(text)).toEqual(data.faq.map((f) => f.question));
      if (data.httpStatus) expect(page.doc.querySelector(`.spec a[href="/${data.httpStatus}/"]`), slug).not.toBeNull();
    }
  });

  it('lists every error page on /errors/, which the footer and the not-found page link to', async () => {
    const index = await pageAt(dir, '/errors/');
    const listed = index.doc.querySelectorAll('.error-list a').map((a) => a.getAttribute('href'));
    expect(listed.sort()).toEqual(errors.map((e) => `/errors/${e.slug}/`).sort());
    for (const path of ['/', '/409/', '/404.html'])
      expect((await pageAt(dir, path)).doc.querySelector('a[href="/errors/"]'), path).not.toBeNull();
  });

  it('lists the error pages in the sitemap', async () => {
    const sitemap = await (await fetch(new URL('sitemap-0.xml', siteUrl))).text();
    for (const path of ['errors/', ...errors.map((e) => `errors/${e.slug}/`)]) expect(sitemap).toContain(`/${path}<`);
  });
});
