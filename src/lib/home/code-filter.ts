/**
 * The home page's filter: which codes a query keeps, as the reader types. Every word of the query
 * must match: a number matches the start of the code ("4" keeps 4xx, "40" keeps 400 to 409), "5xx"
 * a class, and any other word the start of a word the entry carries (name, badge, summary, former
 * names), so "too many" keeps 429 and "nginx" the nginx codes. Pure, so the script and tests share it.
 */

/** Lower case, accents and punctuation dropped: the words a query and an entry are compared in. */
export const words = (text: string): string[] =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Returns the test a code's entry must pass for `query`; an empty query keeps every code. */
export function codeFilter(query: string): (code: string, text: string) => boolean {
  const wanted = words(query);
  return (code, text) => {
    const own = words(text);
    return wanted.every((word) =>
      /^\d+$/.test(word)
        ? code.startsWith(word)
        : /^[1-5]xx$/.test(word)
          ? code.startsWith(word[0]!)
          : own.some((candidate) => candidate.startsWith(word)),
    );
  };
}
