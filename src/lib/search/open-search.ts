/** Lets any script open the site search, with a query (the not-found page seeds one). */
const OPEN_EVENT = 'site-search:open';

export function openSearch(query: string): void {
  document.dispatchEvent(new CustomEvent<string>(OPEN_EVENT, { detail: query }));
}

export function onOpenSearch(listener: (query: string) => void): void {
  document.addEventListener(OPEN_EVENT, (event) => {
    if (event instanceof CustomEvent && typeof event.detail === 'string') listener(event.detail);
  });
}
