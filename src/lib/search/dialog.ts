/**
 * The search dialog: a combobox input driving a listbox of results (WAI-ARIA combobox pattern,
 * focus stays in the input and aria-activedescendant marks the active option). Loaded on demand
 * and opened by ./launcher.ts (the header button, "/" and Ctrl/Cmd+K, openSearch() from other scripts).
 */
import { handOver } from '../decode/handoff.ts';
import { required } from '../dom.ts';
import type { FilterKey } from './meta.ts';
import type { SearchFilters, SearchResult } from './results.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';

const PROMPT = 'Type a status code, a name or a symptom.';

function countSentence(outcome: SearchOutcome, query: string): string {
  // When search could not load, "no results" would be false: the problem sentence says what works.
  if (outcome.results.length === 0 && outcome.problem) return '';
  if (outcome.results.length === 0) return outcome.complete ? `No results for “${query}”.` : 'Searching…';
  const shown = outcome.results.length;
  const count = shown === 1 ? '1 result' : `${shown} results`;
  if (!outcome.complete) return `${count}, searching the full text…`;
  return outcome.total > shown ? `The first ${shown} of ${outcome.total} results.` : `${count}.`;
}

/**
 * Wires the dialog's input, filters and results. Returns what to run each time the launcher has
 * opened the dialog: it searches whatever the input holds, typed before this code arrived or not,
 * and with `submitted` (Enter was pressed before it arrived) opens the first result.
 */
export function setUpSearch(root: HTMLElement): (submitted?: boolean) => void {
  const dialog = required(root, 'dialog', HTMLDialogElement);
  const input = required(dialog, 'input[role="combobox"]', HTMLInputElement);
  const status = required(dialog, '[data-search-status]', HTMLElement);
  const list = required(dialog, '[role="listbox"]', HTMLUListElement);
  const close = required(dialog, '[data-search-close]', HTMLButtonElement);
  const engine = new SearchEngine();

  let results: SearchResult[] = [];
  let active = -1;
  let run = 0;
  /** Enter was pressed before the first result arrived: open it as soon as it does. */
  let openWhenReady = false;

  const filters = (): SearchFilters => {
    const chosen: SearchFilters = {};
    for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[type="radio"][data-filter]:checked')) {
      if (radio.value) chosen[radio.dataset['filter'] as FilterKey] = radio.value;
    }
    return chosen;
  };

  const setActive = (index: number) => {
    active = results.length === 0 ? -1 : (index + results.length) % results.length;
    list
      .querySelectorAll('[role="option"]')
      .forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const option = active >= 0 ? list.children[active] : undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  // Options hold no links: a focusable element inside an option is nested interaction, so a
  // click (or Enter in the input) navigates from here, and a modified click opens a new tab.
  const option = (result: SearchResult, index: number): HTMLLIElement => {
    const item = document.createElement('li');
    item.id = `search-result-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    if (result.cls) item.dataset['class'] = result.cls;
    item.dataset['href'] = result.url;
    const title = document.createElement('span');
    title.className = 'search-result-title';
    const num = document.createElement('span');
    num.className = 'num';
    num.textContent = result.code;
    title.append(num, ' ', result.name);
    const excerpt = document.createElement('span');
    excerpt.className = 'search-result-excerpt';
    for (const part of result.excerpt) {
      if (!part.match) excerpt.append(part.text);
      else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
    }
    item.append(title, excerpt);
    item.addEventListener('pointermove', () => active !== index && setActive(index));
    item.addEventListener('click', (event) => go(result, event.ctrlKey || event.metaKey || event.shiftKey));
    item.addEventListener('auxclick', (event) => event.button === 1 && go(result, true));
    return item;
  };

  const show = (query: string, outcome: SearchOutcome) => {
    results = outcome.results;
    list.replaceChildren(...results.map(option));
    list.hidden = results.length === 0;
    // The query shown and whether more results are coming, for assistive technology and tests.
    list.dataset['query'] = query;
    list.setAttribute('aria-busy', String(!outcome.complete));
    input.setAttribute('aria-expanded', String(results.length > 0));
    status.textContent = [outcome.note, countSentence(outcome, query), outcome.problem].filter(Boolean).join(' ');
    setActive(Math.max(0, Math.min(active, results.length - 1)));
    if (openWhenReady && results[0]) go(results[0]);
    else if (outcome.complete) openWhenReady = false;
  };

  const search = async () => {
    const query = input.value.trim();
    const id = ++run;
    active = 0;
    openWhenReady = false; // An Enter pressed for an earlier query does not carry over.
    if (!query) {
      show('', { note: null, results: [], total: 0, complete: true, problem: null });
      status.textContent = PROMPT;
      return;
    }
    for await (const outcome of engine.run(query, filters())) {
      if (id !== run) return; // A newer query has taken over.
      show(query, outcome);
    }
  };

  const go = ({ url, paste }: SearchResult, newTab = false) => {
    openWhenReady = false;
    // The decoder's offer carries the pasted query; a new tab has its own sessionStorage.
    if (paste !== undefined && !newTab) handOver(paste);
    if (newTab) window.open(url, '_blank', 'noopener');
    else location.assign(url);
  };

  input.addEventListener('input', () => void search());
  dialog.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') void search();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      if (chosen) go(chosen);
      else if (input.value.trim()) openWhenReady = true;
    } else if (event.key === 'Escape') {
      // A search field would clear itself on the first Escape; here Escape closes, as the hint says.
      event.preventDefault();
      dialog.close();
    }
  });
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => (openWhenReady = false));
  // A click on the backdrop lands on the dialog element itself; its content fills the box.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  status.textContent = PROMPT;
  return (submitted = false) => {
    engine.warm();
    void search();
    if (submitted && input.value.trim()) openWhenReady = true;
  };
}
