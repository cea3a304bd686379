/**
 * Hands text pasted into the search box over to the decoder page. It goes through sessionStorage
 * (this tab only, gone when it closes), never through the URL: a pasted response may hold tokens
 * or cookies, and a URL ends up in history, logs and Referer headers.
 */
const KEY = 'decode-paste';

export function handOver(text: string): void {
  try {
    sessionStorage.setItem(KEY, text);
  } catch {
    // Storage can be off; the reader then pastes again on the decoder page.
  }
}

export const hasHandedOver = (): boolean => {
  try {
    return sessionStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
};

/** The handed-over text, once: reading it removes it. */
export function takeHandedOver(): string | null {
  try {
    const text = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return text;
  } catch {
    return null;
  }
}
