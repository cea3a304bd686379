/** The previous and next page in an ordered list: the prev/next links of a code page. */

export interface Neighbours<T> {
  previous: T | null;
  next: T | null;
}

/** The items either side of `current` in `ordered`; null at either end, or when `current` is not in the list. */
export function neighboursOf<T>(ordered: readonly T[], current: T): Neighbours<T> {
  const index = ordered.indexOf(current);
  if (index < 0) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}
