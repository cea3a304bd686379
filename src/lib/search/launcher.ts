/**
 * The first-view part of the site search: a few hundred bytes that make the search button, "/" and
 * Ctrl/Cmd+K and openSearch() open the dialog at once, while the dialog's code (./dialog.ts, with
 * its engine) loads on demand: when the browser is idle, on a hover or focus of the button, on the
 * first key, or at the latest when the dialog opens. The dialog markup is in the page already, so
 * it opens and takes typing before its code arrives; the code then searches whatever was typed.
 */
import { onDemand, preloadOn, whenIdle } from '../lazy/on-demand.ts';
import { onOpenSearch } from './open-search.ts';

/** True when a "/" typed here is text, not the search shortcut. */
const isTextEntry = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)));

const isShortcut = (event: KeyboardEvent) =>
  (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextEntry(event.target)) ||
  ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k');

export function setUpSearchLauncher(root: HTMLElement): void {
  // Plain lookups rather than required() from ../dom.ts: that would be one more first-view file.
  // Without any of these the search is not set up, and the no-JS link to the full list stays.
  const link = root.querySelector<HTMLAnchorElement>('[data-search-link]');
  const opener = root.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = root.querySelector('dialog');
  const input = dialog?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  if (!link || !opener || !dialog || !input || !status) return;
  // An Enter typed before the dialog's code is in is handed over to it, so that the first result
  // still opens; typing after it cancels it, as it does in the dialog.
  let submitted = false;
  const early = new AbortController();
  const onEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter') submitted = true;
  };
  input.addEventListener('keydown', onEnter, { signal: early.signal });
  input.addEventListener('input', () => (submitted = false), { signal: early.signal });
  // Resolves with what the dialog runs each time it opens (warm the engine, search the input).
  const dialogCode = onDemand(async () => {
    const opened = (await import('./dialog.ts')).setUpSearch(root);
    early.abort();
    return opened;
  });

  const open = (query?: string) => {
    if (!dialog.open) dialog.showModal();
    if (query !== undefined) input.value = query;
    input.focus();
    input.select();
    dialogCode.load().then(
      (opened) => opened(submitted),
      () => (status.textContent = 'The search could not load. Check the connection, then open it again.'),
    );
  };

  opener.addEventListener('click', () => open());
  document.addEventListener('keydown', (event) => {
    if (!isShortcut(event)) return;
    event.preventDefault();
    if (dialog.open) input.focus();
    else open();
  });
  onOpenSearch(open);
  preloadOn([opener], ['pointerenter', 'focus', 'touchstart'], dialogCode.load);
  preloadOn([document], ['keydown'], dialogCode.load);
  whenIdle(() => void dialogCode.load().catch(() => undefined));

  // With JavaScript the dialog replaces the link to the full list.
  link.hidden = true;
  opener.hidden = false;
}
