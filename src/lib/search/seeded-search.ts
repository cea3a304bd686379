/**
 * The not-found page's search box: suggests the nearest code for the missing path, seeds the search
 * with its words and opens the search on submit. Loaded soon after the page, not on its first view.
 */
import { BASE } from '../site/config.ts';
import { codePath } from '../site/urls.ts';
import { searchSeed, suggestCode } from './missing-path.ts';
import { openSearch } from './open-search.ts';

export function seedSearch(): void {
  for (const box of document.querySelectorAll<HTMLElement>('.seeded-search')) {
    const form = box.querySelector('form');
    const input = box.querySelector('input');
    const suggestion = box.querySelector('#suggestion');
    if (!form || !input || !suggestion) continue;
    const names = new Map<number, string>(JSON.parse(box.dataset['codes'] ?? '[]'));
    const path = location.pathname.slice(BASE.length - 1);
    const code = suggestCode(path, new Set(names.keys()));
    if (code !== null) {
      const link = document.createElement('a');
      link.href = codePath(code);
      link.textContent = `${code} ${names.get(code) ?? ''}`.trim();
      suggestion.replaceChildren('Were you looking for ', link, '?');
    }
    input.value = searchSeed(path, new Set(names.keys()));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      openSearch(input.value);
    });
    box.hidden = false;
  }
}
