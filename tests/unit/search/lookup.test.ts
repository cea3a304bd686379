import { describe, expect, it } from 'vitest';
import { isMultiCodeQuery, lookup, nearestCodes, queryNumbers } from '../../../src/lib/search/lookup.ts';
import { CODES } from '../../fixtures/known-codes.ts';

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
    expect(lookup('777', CODES)).toEqual({
      note: expect.stringMatching(/777 is not an HTTP status code/),
      hits: [],
      multiCode: false,
    });
  });

  it('has nothing to say about ordinary words', () => {
    expect(lookup('rate limit', CODES)).toEqual({ note: null, hits: [], multiCode: false });
    expect(lookup('   ', CODES)).toEqual({ note: null, hits: [], multiCode: false });
  });

  it('reads numbers only from tokens that contain a digit', () => {
    expect(queryNumbers('ill oil 4I2 5oo 1000 42')).toEqual([412, 500]);
  });

  it('orders nearest codes by distance, then by number', () => {
    expect(nearestCodes(462, CODES, 2).map((c) => c.code)).toEqual([463, 460]);
    expect(nearestCodes(499, CODES, 5).map((c) => c.code)).toEqual([494, 464, 463, 460, 418]);
  });

  it('marks a query naming several codes as asking for a comparison, whatever joins them', () => {
    for (const query of ['401 vs 403', '403 or 404', '502, 503 and 504', '301 versus 308', '4O1 vs 403'])
      expect(isMultiCodeQuery(query), query).toBe(true);
    for (const query of ['401', '404 not found', '404 404', 'http 429', 'vs'])
      expect(isMultiCodeQuery(query), query).toBe(false);
    expect(lookup('401 vs 403', CODES).multiCode).toBe(true);
    expect(lookup('409', CODES).multiCode).toBe(false);
  });

  it('does not read the error number of a log line as a status code', () => {
    expect(queryNumbers('upstream timed out (110: Connection timed out) while reading')).toEqual([]);
    expect(queryNumbers('connect() failed (111: Connection refused) 502')).toEqual([502]);
  });
});
