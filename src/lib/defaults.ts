/** Facts that follow from the code number alone (RFC 9110 and fetch()), used by the scaffold and tests. */
import type { LiveMode } from './schema.ts';

/**
 * Status codes a cache may store without explicit freshness information: the list in RFC 9110
 * section 15.1, plus 451, which RFC 7725 section 3 makes cacheable by default.
 */
export const HEURISTICALLY_CACHEABLE: readonly number[] = [
  200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
];

/** Redirect statuses that fetch() follows (Fetch standard "redirect status"). */
export const FETCH_REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308];

/** Null-body statuses in the Fetch standard, excluding 101 and 103 which are 1xx. */
const NULL_BODY: readonly number[] = [204, 205, 304];

/** How the live widget treats a code, unless its page says otherwise. */
export function defaultLiveMode(code: number): LiveMode {
  if (code < 200) return 'interim';
  if (FETCH_REDIRECT_STATUSES.includes(code)) return 'redirect';
  if (NULL_BODY.includes(code)) return 'null-body';
  if (code === 401) return 'auth-challenge';
  if (code === 407) return 'proxy-rejected';
  if (code === 402) return 'hide-body';
  return 'normal';
}

/** The scaffold's marker: content that still contains it fails the checks. */
export const SCAFFOLD_MARKER = 'TODO:';

/** Paths of string fields that still hold the scaffold marker, e.g. ["causes.0", "tip"]. */
export function unfinishedFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes(SCAFFOLD_MARKER) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unfinishedFields(item, [...path, String(i)]));
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => unfinishedFields(item, [...path, key]));
  return [];
}
