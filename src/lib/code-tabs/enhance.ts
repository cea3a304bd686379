/**
 * The code page's script: its example tabs and a Copy button on every code block. Without it the
 * page shows every example in order and no button; this runs on the first view, so it stays tiny.
 */
import { required } from '../dom.ts';
import { tabAfterKey } from './keys.ts';

/** Shows the tab's panel and hides its siblings' (roving tabindex: only the selected tab is in the tab order). */
function select(tabs: HTMLElement[], chosen: HTMLElement): void {
  for (const tab of tabs) {
    const on = tab === chosen;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    required(document, `#${tab.getAttribute('aria-controls')}`, HTMLElement).hidden = !on;
  }
}

export function enhanceTabs(root: ParentNode): void {
  for (const list of root.querySelectorAll<HTMLElement>('[role=tablist]')) {
    const tabs = [...list.querySelectorAll<HTMLElement>('[role=tab]')];
    select(tabs, tabs[0]!);
    list.hidden = false;
    list.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest<HTMLElement>('[role=tab]');
      if (tab) select(tabs, tab);
    });
    list.addEventListener('keydown', (event) => {
      const next = tabAfterKey(event.key, tabs.indexOf(event.target as HTMLElement), tabs.length);
      if (next === null) return;
      event.preventDefault();
      // Selection follows focus: every panel is already in the page, so showing one is instant.
      select(tabs, tabs[next]!);
      tabs[next]!.focus();
    });
  }
}

export function addCopyButtons(root: ParentNode): void {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'visually-hidden';
  document.body.append(status);
  for (const pre of root.querySelectorAll('pre.astro-code')) {
    const code = required(pre, 'code', HTMLElement);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button copy';
    button.textContent = 'Copy';
    button.addEventListener('click', () => {
      // Emptied first, so copying twice is announced twice.
      status.textContent = '';
      navigator.clipboard
        .writeText(code.textContent ?? '')
        .then(
          () => 'Copied',
          () => 'Not copied: select the code and copy it',
        )
        .then((message) => setTimeout(() => (status.textContent = message), 100));
    });
    // Inside the block, floated to its corner: the first lines wrap around it, so it takes no row of its own.
    pre.prepend(button);
  }
}
