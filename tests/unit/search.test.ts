import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../src/lib/classes.ts';
import { searchSeed } from '../../src/lib/missing-path.ts';
import { codeSchema } from '../../src/lib/schema.ts';
import { knownCode, lookup, nearestCodes, queryNumbers, type KnownCode } from '../../src/lib/search-lookup.ts';
import { classSearchEntry, codeSearchEntry, searchAttributes } from '../../src/lib/search-meta.ts';
import {
  excerptParts,
  hitPassesFilters,
  hitResult,
  mergeResults,
  pagefindResult,
  type SearchResult,
} from '../../src/lib/search-results.ts';
import { validFrontmatter } from '../fixtures/code-data.ts';

const code = (n: number, name: string, extra: Partial<KnownCode> = {}): KnownCode => ({
  code: n,
  name,
  formerNames: [],
  registration: 'registered',
  summary: `Summary of ${n}.`,
  ...extra,
});

const CODES: KnownCode[] = [
  code(400, 'Bad Request'),
  code(404, 'Not Found'),
  code(409, 'Conflict'),
  code(413, 'Content Too Large', { formerNames: ['Payload Too Large', 'Request Entity Too Large'] }),
  code(418, "I'm a teapot"),
  code(460, 'Client Closed Connection', { registration: 'unofficial' }),
  code(463, 'Too Many X-Forwarded-For Addresses', { registration: 'unofficial' }),
  code(464, 'Incompatible Protocol Versions', { registration: 'unofficial' }),
  code(494, 'Request Header Too Large', { registration: 'unofficial' }),
  code(500, 'Internal Server Error'),
];

/** "409" for a code hit, "4xx" for a class hit. */
const keys = (query: string) =>
  lookup(query, CODES).hits.map((hit) => (hit.kind === 'code' ? String(hit.code.code) : hit.cls.id));

describe('instant lookup', () => {
  it('puts a known code first, also with words around it or look-alike letters', () => {
    expect(keys('409')).toEqual(['409']);
    expect(keys(' http 409 ')).toEqual(['409']);
    expect(keys('4O9')).toEqual(['409']);
    expect(keys('404 vs 409')).toEqual(['404', '409']);
  });

  it('offers the class page for "4xx", a lone first digit and the class name', () => {
    expect(keys('4xx')).toEqual(['4xx']);
    expect(keys('5XX')).toEqual(['5xx']);
    expect(keys('4')).toEqual(['4xx']);
    expect(keys('Client error')).toEqual(['4xx']);
  });

  it('offers the codes a two-digit start could become', () => {
    expect(keys('40')).toEqual(['400', '404', '409']);
  });

  it('matches current and former names exactly, ignoring case and punctuation', () => {
    expect(keys('not found')).toEqual(['404']);
    expect(keys('Payload too large')).toEqual(['413']);
    expect(keys('request-entity too large')).toEqual(['413']);
    expect(keys('im a teapot')).toEqual(['418']);
    expect(keys('found')).toEqual([]);
  });

  it('says when a number is not a known code, offering its class and nearest codes', () => {
    const found = lookup('477', CODES);
    expect(found.note).toMatch(/^477 is not a status code this reference knows\. It falls in 4xx Client Error/);
    expect(keys('477')).toEqual(['4xx', '464', '463', '460']);
  });

  it('says when a number is outside the status-code range', () => {
    expect(lookup('777', CODES)).toEqual({ note: expect.stringMatching(/777 is not an HTTP status code/), hits: [] });
  });

  it('has nothing to say about ordinary words', () => {
    expect(lookup('rate limit', CODES)).toEqual({ note: null, hits: [] });
    expect(lookup('   ', CODES)).toEqual({ note: null, hits: [] });
  });

  it('reads numbers only from tokens that contain a digit', () => {
    expect(queryNumbers('ill oil 4I2 5oo 1000 42')).toEqual([412, 500]);
  });

  it('orders nearest codes by distance, then by number', () => {
    expect(nearestCodes(462, CODES, 2).map((c) => c.code)).toEqual([463, 460]);
    expect(nearestCodes(499, CODES, 5).map((c) => c.code)).toEqual([494, 464, 463, 460, 418]);
  });

  it('publishes the fields the lookup needs from frontmatter', () => {
    const data = codeSchema.parse({ ...validFrontmatter(409), formerNames: ['Clash'], status: 'standard' });
    expect(knownCode(data)).toEqual({
      code: 409,
      name: 'Conflict',
      formerNames: ['Clash'],
      registration: 'registered',
      summary: data.summary,
    });
  });
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
    expect(hit && hitResult(hit, '/docs/')).toEqual({
      url: '/docs/409/',
      code: '409',
      name: 'Conflict',
      cls: '4xx',
      excerpt: [{ text: 'Summary of 409.', match: false }],
    });
    const classHit = { kind: 'class' as const, cls: CLASSES[4]! };
    expect(hitResult(classHit, '/')).toMatchObject({ url: '/5xx/', code: '5xx', name: 'Server Error', cls: '5xx' });
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
  });

  it('reads Pagefind results for code and class pages, skipping pages without metadata', () => {
    const page = { url: '/409/', excerpt: 'a <mark>clash</mark>', meta: { code: '409', name: 'Conflict' } };
    expect(pagefindResult(page)).toEqual({
      url: '/409/',
      code: '409',
      name: 'Conflict',
      cls: '4xx',
      excerpt: [
        { text: 'a ', match: false },
        { text: 'clash', match: true },
      ],
    });
    expect(pagefindResult({ ...page, meta: { code: '4xx', name: 'Client Error' } })?.cls).toBe('4xx');
    expect(pagefindResult({ ...page, meta: { title: 'Home' } })).toBeNull();
    expect(pagefindResult({ ...page, meta: { code: '999', name: 'Nothing' } })).toBeNull();
  });

  it('keeps instant results first and drops full-text duplicates', () => {
    const result = (url: string): SearchResult => ({ url, code: '409', name: 'Conflict', cls: '4xx', excerpt: [] });
    expect(
      mergeResults([result('/409/')], [result('/412/'), result('/409/'), result('/422/')]).map((r) => r.url),
    ).toEqual(['/409/', '/412/', '/422/']);
  });
});

describe('search metadata on pages', () => {
  it('captures code, names, terms and filters from data attributes', () => {
    const data = codeSchema.parse({
      ...validFrontmatter(413),
      name: 'Content Too Large',
      formerNames: ['Payload Too Large', 'Request Entity Too Large'],
      searchTerms: ['upload too big, again'],
    });
    expect(searchAttributes(codeSearchEntry(data))).toEqual({
      'data-pagefind-meta':
        'code[data-search-code], name[data-search-name], former[data-search-former], terms[data-search-terms]',
      'data-pagefind-filter': 'class[data-search-class], registration[data-search-registration]',
      'data-search-code': '413',
      'data-search-name': 'Content Too Large',
      'data-search-former': 'Payload Too Large; Request Entity Too Large',
      'data-search-terms': 'upload too big, again',
      'data-search-class': '4xx',
      'data-search-registration': 'registered',
    });
  });

  it('leaves out empty keys, and class pages have no registration', () => {
    expect(searchAttributes(classSearchEntry(CLASSES[0]!))).toEqual({
      'data-pagefind-meta': 'code[data-search-code], name[data-search-name]',
      'data-pagefind-filter': 'class[data-search-class]',
      'data-search-code': '1xx',
      'data-search-name': 'Informational',
      'data-search-class': '1xx',
    });
  });

  it('files unofficial codes under "unofficial" and every other status under "registered"', () => {
    const unofficial = codeSchema.parse({
      ...validFrontmatter(499),
      spec: undefined,
      status: 'unofficial',
      vendor: { name: 'nginx', product: 'nginx' },
    });
    const obsolete = codeSchema.parse({ ...validFrontmatter(305), status: 'obsolete' });
    expect(codeSearchEntry(unofficial).registration).toBe('unofficial');
    expect(codeSearchEntry(obsolete).registration).toBe('registered');
  });

  it('validates searchTerms', () => {
    const parse = (searchTerms: unknown) => codeSchema.safeParse({ ...validFrontmatter(), searchTerms });
    expect(parse(['rate limit']).success).toBe(true);
    expect(parse(['Conflict']).error?.issues[0]?.message).toMatch(/repeats the name or a former name/);
    expect(parse(['x'.repeat(41)]).error?.issues[0]?.message).toMatch(/at most 40 characters/);
    expect(parse(['aaa', 'bbb', 'ccc', 'ddd', 'eee', 'fff']).error?.issues[0]?.message).toMatch(/at most 5 phrases/);
  });
});

describe('not-found search seed', () => {
  const known = new Set([409, 429]);
  it('prefers a known code, then any number, then the words of the last segment', () => {
    expect(searchSeed('/4O9', known)).toBe('409');
    expect(searchSeed('/errors/477/', known)).toBe('477');
    expect(searchSeed('/codes/too-many_requests.html', known)).toBe('too many requests');
    expect(searchSeed('/ill/', known)).toBe('ill');
    expect(searchSeed('/', known)).toBe('');
  });
});
