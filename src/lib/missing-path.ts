/**
 * Reads a status code out of a URL path that did not match any page, so the not-found page can
 * suggest the right one: "/409", "/codes/409.html", "/http-409-conflict" and the typo "/4O9".
 */

/** Letters people type for digits by mistake: O for 0, l and I for 1. */
const LOOKALIKES: Record<string, string> = { o: '0', O: '0', l: '1', I: '1' };

/** Three-character runs that read as a status code once look-alike letters are read as digits. */
export function candidateCodes(path: string): number[] {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the raw path.
  }
  const found: number[] = [];
  for (const match of decoded.matchAll(/(?<![\dA-Za-z])[1-5oOlI][\doOlI]{2}(?![\dA-Za-z])|(?<!\d)[1-5]\d{2}(?!\d)/g)) {
    const digits = match[0].replace(/[oOlI]/g, (c) => LOOKALIKES[c] ?? c);
    if (/^[1-5]\d\d$/.test(digits)) found.push(Number(digits));
  }
  return [...new Set(found)];
}

/** The first candidate that has a page, or null. */
export function suggestCode(path: string, known: ReadonlySet<number>): number | null {
  return candidateCodes(path).find((code) => known.has(code)) ?? null;
}
