/**
 * The instant part of the search: answers a query from the list of known codes, without the
 * full-text index. Full-text ranking treats "409" as a word like any other and would rank every
 * page that mentions it; here a known code, a class ("4xx"), an exact name or former name goes
 * first, and a number that is not a known code says so and offers its class and nearest codes.
 */
import { CLASSES, findClass, type StatusClass } from '../content/classes.ts';
import type { Registration } from './meta.ts';
import { lookalikeDigits } from './missing-path.ts';

/** One code as the search knows it before the index loads (published at /search-codes.json). */
export interface KnownCode {
  code: number;
  name: string;
  formerNames: string[];
  registration: Registration;
  summary: string;
}

export type Hit = { kind: 'code'; code: KnownCode } | { kind: 'class'; cls: StatusClass };

export interface Lookup {
  /** A sentence shown above the results, e.g. that 477 is not a known code; null when none applies. */
  note: string | null;
  hits: Hit[];
  /** The query names two or more codes ("401 vs 403", "403 or 404"): it asks for a comparison. */
  multiCode: boolean;
}

/** How many neighbours an unknown number offers. */
export const NEAREST_COUNT = 3;

/** Lower case, apostrophes dropped ("I'm" = "im"), other punctuation read as a space. */
export const normalizeName = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();

/** An error number and its text in a log line, as in "(110: Connection timed out)": not a status code. */
const ERRNO = /\(\d+: [^)]*\)/g;

/** Three-digit numbers in the query, reading O as 0 and l or I as 1 when the token has a digit. */
export function queryNumbers(query: string): number[] {
  return query
    .replace(ERRNO, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length === 3 && /\d/.test(token))
    .map(lookalikeDigits)
    .filter((token) => /^\d{3}$/.test(token))
    .map(Number);
}

/**
 * The classes the query names: "4xx", "4XX", "4**", a lone first digit while a code is being
 * typed, or the class name ("client error").
 */
function queryClasses(query: string): StatusClass[] {
  const normalized = normalizeName(query);
  const tokens = normalized.split(' ');
  const ids = /^[1-5]$/.test(normalized) ? [normalized] : tokens.filter((t) => /^[1-5](xx|\*\*)$/.test(t));
  return CLASSES.filter(
    (cls) => ids.some((id) => id[0] === String(cls.digit)) || normalizeName(cls.name) === normalized,
  );
}

/** The known codes closest to `number` in its class, nearest first (ties: the lower code). */
export function nearestCodes(number: number, codes: readonly KnownCode[], count = NEAREST_COUNT): KnownCode[] {
  const cls = findClass(number);
  return codes
    .filter((c) => cls !== undefined && findClass(c.code) === cls && c.code !== number)
    .sort((a, b) => Math.abs(a.code - number) - Math.abs(b.code - number) || a.code - b.code)
    .slice(0, count);
}

/** Two or more different three-digit numbers: the reader compares codes rather than looking one up. */
export const isMultiCodeQuery = (query: string) => new Set(queryNumbers(query)).size > 1;

export function lookup(query: string, codes: readonly KnownCode[]): Lookup {
  const multiCode = isMultiCodeQuery(query);
  return { ...lookupHits(query, codes), multiCode };
}

function lookupHits(query: string, codes: readonly KnownCode[]): Omit<Lookup, 'multiCode'> {
  const byNumber = new Map(codes.map((c) => [c.code, c]));
  const numbers = queryNumbers(query);
  const known = numbers.flatMap((n) => byNumber.get(n) ?? []);
  const normalized = normalizeName(query);
  // A two-digit query is a code being typed: "40" offers 400 to 409.
  const typed = /^[1-5]\d$/.test(normalized) ? codes.filter((c) => String(c.code).startsWith(normalized)) : [];
  const named = normalized
    ? codes.filter((c) => [c.name, ...c.formerNames].some((name) => normalizeName(name) === normalized))
    : [];
  const hits: Hit[] = [
    ...known.map((code) => ({ kind: 'code' as const, code })),
    ...queryClasses(query).map((cls) => ({ kind: 'class' as const, cls })),
    ...[...typed, ...named].map((code) => ({ kind: 'code' as const, code })),
  ];
  const [first] = numbers;
  if (known.length > 0 || first === undefined) return { note: null, hits: unique(hits) };

  const cls = findClass(first);
  if (!cls) return { note: `${first} is not an HTTP status code: codes run from 100 to 599.`, hits: unique(hits) };
  return {
    note: `${first} is not a status code this reference knows. It falls in ${cls.id} ${cls.name}; the nearest known codes follow.`,
    hits: unique([
      ...hits,
      { kind: 'class', cls },
      ...nearestCodes(first, codes).map((code) => ({ kind: 'code' as const, code })),
    ]),
  };
}

const hitKey = (hit: Hit) => (hit.kind === 'code' ? String(hit.code.code) : hit.cls.id);

function unique(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = hitKey(hit);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
