/**
 * The JSON-LD of every built page: it parses, has the types and properties each kind of page needs,
 * and says nothing the reader cannot see on the same page.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { loadCodePages, loadComparisons, loadErrorPages } from '../support/content.ts';
import type { ErrorFile } from '../../src/lib/errors/rules.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { CLASSES } from '../../src/lib/content/classes.ts';

const dir = inject('siteDir');
let pages: BuiltPage[] = [];
let codes: CodeFile[] = [];
let comparisonPaths: string[] = [];
let errors: ErrorFile[] = [];

beforeAll(async () => {
  pages = await readPages(dir);
  codes = await loadCodePages();
  comparisonPaths = (await loadComparisons()).map((c) => `/compare/${c.id}/`);
  errors = await loadErrorPages();
});

type Node = Record<string, unknown>;

function graphOf(page: BuiltPage): Node[] {
  const scripts = page.doc.querySelectorAll('script[type="application/ld+json"]');
  if (scripts.length !== 1) throw new Error(`${page.path}: expected one JSON-LD script, found ${scripts.length}`);
  const raw = scripts[0]?.textContent ?? '';
  expect(raw, `${page.path}: raw < in JSON-LD`).not.toContain('<');
  const document = JSON.parse(raw) as { '@context': string; '@graph': Node[] };
  expect(document['@context']).toBe('https://schema.org');
  return document['@graph'];
}

const ofType = (graph: Node[], type: string) => {
  const node = graph.find((n) => n['@type'] === type);
  if (!node) throw new Error(`no ${type} node in ${JSON.stringify(graph).slice(0, 200)}`);
  return node;
};

const canonical = (page: BuiltPage) => page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
const metaContent = (page: BuiltPage, key: string) =>
  page.doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content');
const localPath = (url: string) => new URL(url).pathname;

/** The TechArticle tells what the page shows: its heading, lede, date, canonical URL and image. */
function expectArticleMatchesPage(page: BuiltPage, graph: Node[]) {
  expect(graph.map((n) => n['@type']).sort(), page.path).toEqual(['BreadcrumbList', 'FAQPage', 'TechArticle']);
  const article = ofType(graph, 'TechArticle');
  expect(article['headline']).toBe(text(page.doc.querySelector('h1')));
  expect(article['description']).toBe(text(page.doc.querySelector('.lede')));
  expect(article['description']).toBe(metaContent(page, 'description'));
  expect(article['dateModified']).toBe(page.doc.querySelector('.last-updated time')?.getAttribute('datetime'));
  expect(article['url']).toBe(canonical(page));
  expect(article['image']).toBe(metaContent(page, 'og:image'));
}

/** The FAQPage's questions and answers, and the ones the page shows, for comparing word for word. */
function faqOf(page: BuiltPage, graph: Node[]) {
  const questions = ofType(graph, 'FAQPage')['mainEntity'] as {
    '@type': string;
    name: string;
    acceptedAnswer: { '@type': string; text: string };
  }[];
  return {
    questions,
    published: questions.map((q) => ({ question: q.name, answer: q.acceptedAnswer.text })),
    visible: page.doc.querySelectorAll('.faq summary').map((summary) => ({
      question: text(summary),
      answer: text(summary.nextElementSibling),
    })),
  };
}

/** Every crumb is a link on the page with the same text, except the last, which is the page's <h1>. */
function expectBreadcrumbsVisible(page: BuiltPage, graph: Node[]) {
  const items = ofType(graph, 'BreadcrumbList')['itemListElement'] as {
    position: number;
    name: string;
    item: string;
  }[];
  expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index + 1));
  const last = items.at(-1);
  expect(last?.item, `${page.path}: last crumb`).toBe(canonical(page));
  expect(last?.name).toBe(text(page.doc.querySelector('h1')));
  for (const crumb of items.slice(0, -1)) {
    const links = page.doc.querySelectorAll(`a[href="${localPath(crumb.item)}"]`).map((a: HTMLElement) => text(a));
    expect(links, `${page.path}: a link to ${crumb.item} reading "${crumb.name}"`).toContain(crumb.name);
  }
  return items;
}

describe('JSON-LD', () => {
  it('describes every code page as a TechArticle matching the visible page', () => {
    for (const { data } of codes) {
      const page = pages.find((p) => p.path === `/${data.code}/`);
      if (!page) throw new Error(`no page for ${data.code}`);
      expectArticleMatchesPage(page, graphOf(page));
    }
  });

  it('places every code page under its class in the breadcrumbs', () => {
    for (const { data } of codes) {
      const page = pages.find((p) => p.path === `/${data.code}/`)!;
      const crumbs = expectBreadcrumbsVisible(page, graphOf(page));
      expect(crumbs.map((c) => localPath(c.item))).toEqual([
        '/',
        `/${Math.floor(data.code / 100)}xx/`,
        `/${data.code}/`,
      ]);
    }
  });

  it('repeats every FAQ question and answer word for word as the page shows them', () => {
    for (const { data } of codes) {
      const page = pages.find((p) => p.path === `/${data.code}/`)!;
      const { questions, published, visible } = faqOf(page, graphOf(page));
      expect(visible.length, `/${data.code}/ FAQ`).toBe(data.faq.length);
      expect(published).toEqual(visible);
      expect(new Set(questions.flatMap((q) => [q['@type'], q.acceptedAnswer['@type']]))).toEqual(
        new Set(['Question', 'Answer']),
      );
    }
  });

  it('gives class pages their breadcrumbs and the home page the WebSite', () => {
    for (const cls of CLASSES) {
      const page = pages.find((p) => p.path === `/${cls.id}/`)!;
      const graph = graphOf(page);
      expect(graph.map((n) => n['@type'])).toEqual(['BreadcrumbList']);
      expect(expectBreadcrumbsVisible(page, graph)).toHaveLength(2);
    }
    const home = pages.find((p) => p.path === '/')!;
    const site = ofType(graphOf(home), 'WebSite');
    expect(site['url']).toBe(canonical(home));
    expect(site['name']).toBe(text(home.doc.querySelector('.site-title')));
    expect(site['description']).toBe(metaContent(home, 'description'));
  });

  it('describes every comparison page as a TechArticle with its FAQ, under the comparison index', () => {
    for (const path of comparisonPaths) {
      const page = pages.find((p) => p.path === path)!;
      const graph = graphOf(page);
      expectArticleMatchesPage(page, graph);
      const crumbs = expectBreadcrumbsVisible(page, graph);
      expect(crumbs.map((c) => localPath(c.item))).toEqual(['/', '/compare/', path]);
      const { published, visible } = faqOf(page, graph);
      expect(visible.length, `${path} FAQ`).toBeGreaterThanOrEqual(3);
      expect(published).toEqual(visible);
    }
  });

  it('gives the comparison index and every guide step their visible breadcrumbs', () => {
    const guide = pages.filter((p) => p.path.startsWith('/choose/'));
    expect(guide.length).toBeGreaterThan(1);
    for (const page of [pages.find((p) => p.path === '/compare/')!, ...guide]) {
      const graph = graphOf(page);
      expect(
        graph.map((n) => n['@type']),
        page.path,
      ).toEqual(['BreadcrumbList']);
      const crumbs = expectBreadcrumbsVisible(page, graph).map((c) => localPath(c.item));
      expect(crumbs, page.path).toEqual(
        page.path === '/compare/' || page.path === '/choose/' ? ['/', page.path] : ['/', '/choose/', page.path],
      );
    }
  });

  it('describes every error page as a TechArticle with its breadcrumbs and the visible FAQ word for word', () => {
    for (const { slug, data } of errors) {
      const page = pages.find((p) => p.path === `/errors/${slug}/`);
      if (!page) throw new Error(`no page for ${slug}`);
      const graph = graphOf(page);
      expectArticleMatchesPage(page, graph);
      const crumbs = expectBreadcrumbsVisible(page, graph);
      expect(crumbs.map((c) => localPath(c.item))).toEqual(['/', '/errors/', `/errors/${slug}/`]);
      const { published, visible } = faqOf(page, graph);
      expect(visible.length, slug).toBe(data.faq.length);
      expect(published).toEqual(visible);
    }
    const index = pages.find((p) => p.path === '/errors/')!;
    expect(expectBreadcrumbsVisible(index, graphOf(index))).toHaveLength(2);
  });

  it('leaves the not-found page without structured data', () => {
    const notFound = pages.find((p) => p.path === '/404.html')!;
    expect(notFound.doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });
});
