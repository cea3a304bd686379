/**
 * Keyboard moves inside a tab list, as the WAI-ARIA Authoring Practices' tabs pattern gives them:
 * arrows step (wrapping at the ends), Home and End jump to the first and last tab.
 */

/** The tab a key moves focus to, from tab `current` of `count`; null for a key the tab list does not use. */
export function tabAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
