import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheabilityOf, HEURISTICALLY_CACHEABLE } from '../../../src/lib/content/facts.ts';
import { rfcSectionText } from '../../../src/lib/content/rfc.ts';

const rfc = (name: string) => readFileSync(new URL(`../../../src/data/rfc/${name}.txt`, import.meta.url), 'utf8');

const kind = (code: number) => cacheabilityOf(code).kind;
const section = (code: number) => cacheabilityOf(code).source.label;

describe('cacheability derived from the code', () => {
  it('never stores a 1xx response (RFC 9111 section 3: only final responses)', () => {
    expect([100, 101, 103, 104].map(kind)).toEqual(['never', 'never', 'never', 'never']);
    expect(section(104)).toBe('RFC 9111, section 3');
  });

  it("never stores the RFC 6585 codes, citing each one's own section", () => {
    expect([428, 429, 431, 511].map(kind)).toEqual(['never', 'never', 'never', 'never']);
    expect([428, 429, 431, 511].map(section)).toEqual([
      'RFC 6585, section 3',
      'RFC 6585, section 4',
      'RFC 6585, section 5',
      'RFC 6585, section 6',
    ]);
  });

  it('lets caches store the heuristically cacheable codes without freshness information', () => {
    expect([200, 404, 501].map(kind)).toEqual(['heuristic', 'heuristic', 'heuristic']);
    expect(section(404)).toBe('RFC 9110, section 15.1');
    expect(cacheabilityOf(451)).toMatchObject({ kind: 'heuristic', source: { label: 'RFC 7725, section 3' } });
    expect(cacheabilityOf(200).text).toMatch(/^Heuristically cacheable/);
  });

  it('stores anything else only with explicit freshness, and treats 304 as a refresh', () => {
    expect([409, 500, 302, 499].map(kind)).toEqual(['explicit', 'explicit', 'explicit', 'explicit']);
    expect(cacheabilityOf(409).text).toMatch(/^Only with explicit freshness/);
    expect(cacheabilityOf(304)).toMatchObject({ kind: 'validation', source: { label: 'RFC 9111, section 4.3.4' } });
  });

  it('links every source to its section on rfc-editor.org', () => {
    for (const code of [100, 200, 304, 409, 429, 451])
      expect(cacheabilityOf(code).source.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+$/);
  });
});

describe('cacheability grounded in the RFC text', () => {
  it('lists exactly the codes RFC 9110 section 15.1 calls heuristically cacheable', () => {
    const overview = rfcSectionText(rfc('rfc9110'), '15.1');
    const list = /defined as heuristically cacheable \(e\.g\., ([\d, and]+) in this specification\)/.exec(
      overview,
    )?.[1];
    expect(list, 'RFC 9110 section 15.1 no longer reads as this test expects').toBeDefined();
    expect([...(list ?? '').matchAll(/\d{3}/g)].map(Number)).toEqual(HEURISTICALLY_CACHEABLE);
    for (const code of HEURISTICALLY_CACHEABLE) expect(cacheabilityOf(code).kind, String(code)).toBe('heuristic');
  });

  it('never stores a code RFC 9111 section 3 excludes: only final responses may be stored', () => {
    expect(rfcSectionText(rfc('rfc9111'), '3')).toContain('the response status code is final');
    for (let code = 100; code < 200; code++) expect(cacheabilityOf(code).kind, String(code)).toBe('never');
    expect(cacheabilityOf(200).kind).not.toBe('never');
  });
});
