import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';
import { withSite } from '../../support/site-env.ts';

const { codeView } = await withSite(() => import('../../../src/lib/views/code.ts'));

const data = codeSchema.parse({
  ...validFrontmatter(409),
  formerNames: ['Clash'],
  faq: [
    { question: 'Is `a < b` safe?', answer: 'Use `If-Match` with **care** & see [412](/412/).' },
    { question: 'Q2?', answer: 'A2.' },
    { question: 'Q3?', answer: 'A3.' },
  ],
  sources: [
    {
      title: 'PostgreSQL 17 documentation, Appendix A',
      url: 'https://www.postgresql.org/docs/17/errcodes-appendix.html',
    },
  ],
});
const names = new Map([
  [409, 'Conflict'],
  [412, 'Precondition Failed'],
  [422, 'Unprocessable Content'],
]);
const view = codeView({ data }, { names, httpbinServer: 'https://httpbin.example' });
const node = (type: string) => view.jsonLd.find((n) => n['@type'] === type);

describe('the view of a code', () => {
  it('places the page under the base and the site', () => {
    expect(view).toMatchObject({
      code: 409,
      title: '409 Conflict',
      path: '/docs/409/',
      url: 'https://example.org/docs/409/',
      jsonPath: '/docs/409.json',
      cls: { id: '4xx' },
      badge: null,
      registration: 'registered',
    });
  });

  it('resolves the related codes with their names, classes and paths', () => {
    expect(view.related).toEqual([
      {
        code: 412,
        name: 'Precondition Failed',
        cls: expect.objectContaining({ id: '4xx' }),
        path: '/docs/412/',
        note: 'Differs.',
      },
      {
        code: 422,
        name: 'Unprocessable Content',
        cls: expect.objectContaining({ id: '4xx' }),
        path: '/docs/422/',
        note: 'Differs.',
      },
    ]);
  });

  it('lists the defining section first among the sources', () => {
    expect(view.sources).toEqual([
      { title: 'RFC 9110, section 15.5.10', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10' },
      {
        title: 'PostgreSQL 17 documentation, Appendix A',
        url: 'https://www.postgresql.org/docs/17/errcodes-appendix.html',
      },
    ]);
  });

  it('derives the facts nobody types: caching, the live mode, the constants', () => {
    expect(view.cacheability.kind).toBe('explicit');
    expect(view.tryIt).toMatchObject({ mode: 'normal', curl: 'curl -i https://httpbin.example/status/409' });
    expect(view.constants.find((row) => row.label === 'Go net/http')?.current?.name).toBe('http.StatusConflict');
  });

  it('names one preview image for the page head, the JSON-LD and the image route', () => {
    expect(view.image).toMatchObject({
      id: '409',
      path: '/docs/og/409.png',
      url: 'https://example.org/docs/og/409.png',
    });
    expect(view.head.find((t) => t.attrs['property'] === 'og:image')?.attrs['content']).toBe(view.image.url);
    expect(node('TechArticle')?.['image']).toBe(view.image.url);
    expect(view.head.find((t) => t.attrs['rel'] === 'canonical')?.attrs['href']).toBe(view.url);
  });

  it('publishes an article, its place in the site and its FAQ as JSON-LD', () => {
    expect(node('TechArticle')).toMatchObject({ headline: '409 Conflict', url: view.url, dateModified: '2026-11-25' });
    expect(node('BreadcrumbList')?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'HTTP status codes', item: 'https://example.org/docs/' },
      { '@type': 'ListItem', position: 2, name: '4xx Client Error', item: 'https://example.org/docs/4xx/' },
      { '@type': 'ListItem', position: 3, name: '409 Conflict', item: 'https://example.org/docs/409/' },
    ]);
    expect(node('FAQPage')?.['mainEntity']).toEqual([
      expect.objectContaining({
        name: 'Is `a < b` safe?',
        acceptedAnswer: { '@type': 'Answer', text: 'Use If-Match with care & see 412.' },
      }),
      expect.anything(),
      expect.anything(),
    ]);
  });

  it('gives the same trail to the visible breadcrumb', () => {
    expect(view.crumbs.map((c) => [c.name, c.path])).toEqual([
      ['HTTP status codes', '/docs/'],
      ['4xx Client Error', '/docs/4xx/'],
      ['409 Conflict', '/docs/409/'],
    ]);
  });

  it('carries its JSON record and its search entry', () => {
    expect(view.record).toEqual({
      code: 409,
      name: 'Conflict',
      formerNames: ['Clash'],
      class: '4xx',
      status: 'standard',
      vendor: null,
      summary: data.summary,
      specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
      pageUrl: 'https://example.org/docs/409/',
      cacheability: { kind: 'explicit', source: 'https://www.rfc-editor.org/rfc/rfc9111#section-3' },
      sources: view.sources,
    });
    expect(view.known).toEqual({
      code: 409,
      name: 'Conflict',
      formerNames: ['Clash'],
      registration: 'registered',
      summary: data.summary,
    });
    expect(view.searchAttributes).toMatchObject({
      'data-search-code': '409',
      'data-search-former': 'Clash',
      'data-search-class': '4xx',
    });
  });

  it('labels an unofficial code by its vendor, with no spec', () => {
    const unofficial = codeView(
      {
        data: codeSchema.parse({
          ...validFrontmatter(409),
          code: 499,
          name: 'Client Closed Request',
          status: 'unofficial',
          spec: undefined,
          vendor: { name: 'nginx', product: 'nginx (all versions)' },
        }),
      },
      { names, httpbinServer: 'https://httpbin.example' },
    );
    expect(unofficial).toMatchObject({
      spec: null,
      registration: 'unofficial',
      badge: { label: 'Unofficial · nginx' },
    });
    expect(unofficial.record).toMatchObject({ vendor: 'nginx', specUrl: null });
    expect(unofficial.image.card.footer).toBe('4xx Client Error · Unofficial · nginx');
  });

  it('names the codes people confuse it with, from its related codes, and its neighbours by number', () => {
    const related = [412, 422, 409].map((code) => ({ code, note: 'Differs.' }));
    const withRelated = codeView(
      { data: codeSchema.parse({ ...validFrontmatter(409), related: related.filter((r) => r.code !== 409) }) },
      { names, httpbinServer: 'https://httpbin.example' },
    );
    expect(withRelated.confusedWith.map((code) => [code.code, code.name, code.path])).toEqual([
      [412, 'Precondition Failed', '/docs/412/'],
      [422, 'Unprocessable Content', '/docs/422/'],
    ]);
    expect(view.neighbours).toEqual({
      previous: null,
      next: { code: 412, title: '412 Precondition Failed', path: '/docs/412/' },
    });
  });

  it('groups the examples by side for the tabs', () => {
    expect(view.exampleGroups.map((group) => [group.side, group.tabs.map((tab) => tab.label)])).toEqual([
      ['client', ['curl']],
    ]);
  });

  it('links to the source file when EDIT_URL is set, and nowhere otherwise', () => {
    const source = { data, filePath: 'content/codes/409.mdx' };
    const context = { names, httpbinServer: 'https://httpbin.example' };
    expect(codeView(source, { ...context, editBase: 'https://github.com/o/r/edit/main/' }).editUrl).toBe(
      'https://github.com/o/r/edit/main/content/codes/409.mdx',
    );
    expect(codeView(source, { ...context, editBase: null }).editUrl).toBeNull();
    expect(codeView(source, context).editUrl).toBeNull();
  });
});
