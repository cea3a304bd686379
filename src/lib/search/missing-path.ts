/**
 * Reads a status code out of a URL path that did not match any page, so the not-found page can
 * suggest the right one: "/409", "/codes/409.html", "/http-409-conflict" and the typo "/4O9".
 */

/** Letters people type for digits by mistake: O for 0, l and I for 1. */
const LOOKALIKES: Record<string, string> = { o: '0', O: '0', l: '1', I: '1' };

/** Reads the look-alike letters in `text` as the digits they were meant to be. */
export const lookalikeDigits = (text: string) => text.replace(/[oOlI]/g, (c) => LOOKALIKES[c] ?? c);

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A malformed escape: read the raw path.
    return path;
  }
}

/** Three-character runs that read as a status code once look-alike letters are read as digits. */
export function candidateCodes(path: string): number[] {
  const found: number[] = [];
  for (const match of decodePath(path).matchAll(
    /(?<![\dA-Za-z])[1-5oOlI][\doOlI]{2}(?![\dA-Za-z])|(?<!\d)[1-5]\d{2}(?!\d)/g,
  )) {
    const digits = lookalikeDigits(match[0]);
    if (/^[1-5]\d\d$/.test(digits)) found.push(Number(digits));
  }
  return [...new Set(found)];
}

/** The first candidate that has a page, or null. */
export function suggestCode(path: string, known: ReadonlySet<number>): number | null {
  return candidateCodes(path).find((code) => known.has(code)) ?? null;
}

/**
 * What the not-found page puts in its search box: the code the path names (a known one first,
 * so "/4O9" gives "409", "/477" gives "477"), else the words of the last path segment
 * ("/codes/too-many-requests.html" gives "too many requests").
 */
export function searchSeed(path: string, known: ReadonlySet<number>): string {
  const decoded = decodePath(path);
  // An unknown number counts only when written in digits: "/ill" is a word, not 111.
  const code = suggestCode(path, known) ?? decoded.match(/(?<!\d)[1-5]\d{2}(?!\d)/)?.[0];
  if (code !== undefined) return String(code);
  const last = decoded.split('/').filter(Boolean).at(-1) ?? '';
  return last
    .replace(/\.[a-z]{2,5}$/i, '')
    .replace(/[\s\-_+.]+/g, ' ')
    .trim();
}
