import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/lib/content/classes.ts';
import { lookup } from '../../../src/lib/search/lookup.ts';
import { CODES } from '../../fixtures/known-codes.ts';
import { withSite } from '../../support/site-env.ts';

const { excerptParts, hitPassesFilters, hitResult, mergeResults, pagefindResult, rankByKind } = await withSite(
  () => import('../../../src/lib/search/results.ts'),
);
type SearchResult = ReturnType<typeof hitResult>;

const result = (url: string, kind = 'code'): SearchResult => ({
  url,
  code: '409',
  name: 'Conflict',
  cls: '4xx',
  kind,
  excerpt: [],
});

describe('search results', () => {
  it('splits a Pagefind excerpt into text and matches, decoding entities', () => {
    expect(excerptParts('Use &lt;b&gt; &amp; <mark>ETag</mark> or <mark>If-Match</mark>.')).toEqual([
      { text: 'Use <b> & ', match: false },
      { text: 'ETag', match: true },
      { text: ' or ', match: false },
      { text: 'If-Match', match: true },
      { text: '.', match: false },
    ]);
  });

  it('turns instant hits into results under the base path', () => {
    const [hit] = lookup('409', CODES).hits;
    expect(hit && hitResult(hit)).toEqual({
      url: '/docs/409/',
      code: '409',
      name: 'Conflict',
      cls: '4xx',
      kind: 'code',
      excerpt: [{ text: 'Summary of 409.', match: false }],
    });
    const classHit = { kind: 'class' as const, cls: CLASSES[4]! };
    expect(hitResult(classHit)).toMatchObject({ url: '/docs/5xx/', code: '5xx', name: 'Server Error', cls: '5xx' });
  });

  it('filters instant hits by class and registration the way Pagefind filters pages', () => {
    const [registered, unofficial] = lookup('409 460', CODES).hits;
    const cls = { kind: 'class' as const, cls: CLASSES[3]! };
    if (!registered || !unofficial) throw new Error('expected hits for 409 and 460');
    expect(hitPassesFilters(registered, { class: '4xx', registration: 'registered' })).toBe(true);
    expect(hitPassesFilters(registered, { class: '5xx' })).toBe(false);
    expect(hitPassesFilters(unofficial, { registration: 'registered' })).toBe(false);
    expect(hitPassesFilters(unofficial, { registration: 'unofficial' })).toBe(true);
    expect(hitPassesFilters(cls, { class: '4xx' })).toBe(true);
    expect(hitPassesFilters(cls, { registration: 'unofficial' })).toBe(false);
    expect(hitPassesFilters(registered, { kind: 'code' })).toBe(true);
    expect(hitPassesFilters(cls, { kind: 'code' })).toBe(false);
    expect(hitPassesFilters(cls, { kind: 'class' })).toBe(true);
  });

  it('reads Pagefind results for code, class and other pages, skipping pages without a name', () => {
    const page = {
      url: '/409/',
      excerpt: 'a <mark>clash</mark>',
      meta: { code: '409', name: 'Conflict' },
      filters: { kind: ['code'] },
    };
    expect(pagefindResult(page)).toEqual({
      url: '/409/',
      code: '409',
      name: 'Conflict',
      cls: '4xx',
      kind: 'code',
      excerpt: [
        { text: 'a ', match: false },
        { text: 'clash', match: true },
      ],
    });
    expect(pagefindResult({ ...page, meta: { code: '4xx', name: 'Client Error' } })?.cls).toBe('4xx');
    expect(pagefindResult({ ...page, meta: { title: 'Home' } })).toBeNull();
    expect(pagefindResult({ ...page, meta: { code: '999', name: 'Nothing' } })?.cls).toBeNull();
    const comparison = {
      ...page,
      url: '/compare/401-vs-403/',
      meta: { name: '401 vs 403' },
      filters: { kind: ['comparison'] },
    };
    expect(pagefindResult(comparison)).toMatchObject({ code: '', cls: null, kind: 'comparison', name: '401 vs 403' });
  });

  it('keeps instant results first and drops full-text duplicates', () => {
    expect(
      mergeResults([result('/409/')], [result('/412/'), result('/409/'), result('/422/')]).map((r) => r.url),
    ).toEqual(['/409/', '/412/', '/422/']);
  });

  it('puts comparison pages before the instant answers when the query names several codes', () => {
    const instant = [result('/401/'), result('/403/')];
    const fullText = [result('/403/'), result('/compare/401-vs-403/', 'comparison'), result('/401/')];
    const urls = (options: { comparisonFirst: boolean }) => mergeResults(instant, fullText, options).map((r) => r.url);
    expect(urls({ comparisonFirst: true })).toEqual(['/compare/401-vs-403/', '/401/', '/403/']);
    expect(urls({ comparisonFirst: false })).toEqual(['/401/', '/403/', '/compare/401-vs-403/']);
  });

  it("weighs a full-text score by the kind of page, keeping Pagefind's order on a tie", () => {
    const page = (url: string, kind: string, score: number) => ({
      score,
      data: { url, excerpt: '', meta: {}, filters: { kind: [kind] } },
    });
    const ranked = rankByKind([
      page('/errors/cloudflare-1015/', 'error', 10),
      page('/compare/429-vs-503/', 'comparison', 9),
      page('/429/', 'code', 8),
      page('/503/', 'code', 8),
    ]).map((r) => r.data.url);
    expect(ranked).toEqual(['/429/', '/503/', '/errors/cloudflare-1015/', '/compare/429-vs-503/']);
    expect(rankByKind([page('/errors/status-0/', 'error', 20), page('/416/', 'code', 5)])[0]?.data.url).toBe(
      '/errors/status-0/',
    );
  });
});
