/**
 * Facts that follow from the code number alone, so authors never type them: whether and how a
 * cache may store the response. (The live widget's mode is derived in ../live/modes.ts.)
 */

export type CacheabilityKind = 'heuristic' | 'explicit' | 'validation' | 'never';

export interface Cacheability {
  kind: CacheabilityKind;
  /** The line the page shows, e.g. "Yes: caches may store it without explicit freshness information". */
  text: string;
  /** The section that says so. */
  source: { label: string; url: string };
}

const rfc = (number: number, section: string) => ({
  label: `RFC ${number}, section ${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc${number}#section-${section}`,
});

/**
 * Status codes a cache may store without explicit freshness information: the list in RFC 9110
 * section 15.1. 451 is added by RFC 7725 section 3 (15.1 lists only the codes "in this specification").
 */
export const HEURISTICALLY_CACHEABLE: readonly number[] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

/** Codes whose defining RFC 6585 section says a cache MUST NOT store them, with that section. */
const NEVER_STORED_RFC_6585: Readonly<Record<number, string>> = { 428: '3', 429: '4', 431: '5', 511: '6' };

const HEURISTIC_TEXT =
  'Heuristically cacheable: a cache may store it without Cache-Control or Expires and reuse it for a lifetime it estimates';

/** How RFC 9110, RFC 9111 and the RFCs that define later codes let a cache treat this code. */
export function cacheabilityOf(code: number): Cacheability {
  if (code < 200)
    return {
      kind: 'never',
      text: 'Never stored: a cache keeps only final responses, and an interim 1xx response is not one',
      source: rfc(9111, '3'),
    };
  const rfc6585 = NEVER_STORED_RFC_6585[code];
  if (rfc6585)
    return {
      kind: 'never',
      text: 'Never stored: the RFC that defines it says a cache must not store this response',
      source: rfc(6585, rfc6585),
    };
  const heuristic = code === 451 ? rfc(7725, '3') : HEURISTICALLY_CACHEABLE.includes(code) ? rfc(9110, '15.1') : null;
  if (heuristic) return { kind: 'heuristic', text: HEURISTIC_TEXT, source: heuristic };
  if (code === 304)
    return {
      kind: 'validation',
      text: 'A cache uses it to refresh the response it already holds; the 304 itself carries no content to reuse',
      source: rfc(9111, '4.3.4'),
    };
  return {
    kind: 'explicit',
    text: 'Only with explicit freshness: Cache-Control with max-age, s-maxage or public, or an Expires field',
    source: rfc(9111, '3'),
  };
}
