/**
 * The decoder in the page: reads the paste box as the reader types, explains it in the live
 * region, built from text nodes only (the paste is never parsed as HTML). Loaded with import()
 * on first use, and fetches only the data of the code a paste names (/decode/NNN.json), so the
 * page's first view carries none of it.
 */
import { explain, hasNothing, type DecodeCode, type Explanation } from './explain.ts';
import { takeHandedOver } from './handoff.ts';
import { decodePaste } from './parse.ts';

const EMPTY_HINT =
  'Nothing recognised yet. Paste a status line such as “HTTP/1.1 503 Service Unavailable”, the output of curl -i, a browser console error or a log line.';

const LOAD_PROBLEM = 'The code details could not load. Check your connection and type again to retry.';

type Child = Node | string;

function el(tag: string, children: Child[] = [], attrs: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const list = (items: readonly string[]) =>
  el(
    'ul',
    items.map((item) => el('li', [item])),
  );

const section = (heading: string, ...content: Node[]): Node[] => [el('h3', [heading]), ...content];

function render(explanation: Explanation): Node[] {
  const [first, ...more] = explanation.links;
  const nodes: Node[] = [
    el('h2', [first ? el('a', [explanation.title], { href: first.href }) : explanation.title]),
    el('p', [explanation.readAs], { class: 'muted' }),
    ...explanation.meaning.map((sentence) => el('p', [sentence])),
  ];
  if (more.length > 0) {
    const links = more.flatMap((link, i) => [...(i > 0 ? [', '] : []), el('a', [link.text], { href: link.href })]);
    nodes.push(el('p', ['See also ', ...links, '.']));
  }
  if (explanation.layers.length > 0)
    nodes.push(
      ...section(
        'Who most likely sent it',
        el(
          'ul',
          explanation.layers.map((layer) => el('li', [el('strong', [layer.who]), `: ${layer.why}`])),
        ),
      ),
    );
  if (explanation.headers.length > 0)
    nodes.push(
      ...section(
        'What the headers say',
        el(
          'dl',
          explanation.headers.flatMap((h) => [el('dt', [`${h.name}: ${h.value}`]), el('dd', [h.meaning])]),
        ),
      ),
    );
  if (explanation.causes.length > 0) nodes.push(...section('Likely causes', list(explanation.causes)));
  if (explanation.client.length > 0) nodes.push(...section('If you sent the request', list(explanation.client)));
  if (explanation.server.length > 0) nodes.push(...section('If you run the server', list(explanation.server)));
  if (first && explanation.causes.length > 0)
    nodes.push(el('p', ['Every cause and fix, with examples: ', el('a', [first.text], { href: first.href }), '.']));
  return nodes;
}

export function startDecoder(root: HTMLElement, input: HTMLTextAreaElement): void {
  const output = root.querySelector<HTMLElement>('[data-decode-output]');
  if (!output) throw new Error('[data-decode-output] is missing');
  const folder = root.dataset['dataPath'] ?? '';
  // One small file per code, fetched the first time a paste names it. A 404 means the reference
  // has no page for that code; any other failure is forgotten, so the next keystroke tries again.
  const pages = new Map<number, Promise<DecodeCode | null>>();
  const load = (code: number) => {
    let page = pages.get(code);
    if (!page) {
      page = fetch(`${folder}${code}.json`).then((response) => {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`the code data answered ${response.status}`);
        return response.json() as Promise<DecodeCode>;
      });
      page.catch(() => pages.delete(code));
      pages.set(code, page);
    }
    return page;
  };

  let run = 0;
  const update = async () => {
    const id = ++run;
    const decoded = decodePaste(input.value);
    if (input.value.trim() === '') return output.replaceChildren();
    let page: DecodeCode | null = null;
    if (decoded.code !== null && !hasNothing(decoded)) {
      try {
        page = await load(decoded.code);
      } catch {
        if (id === run) output.replaceChildren(el('p', [LOAD_PROBLEM]));
        return;
      }
    }
    if (id !== run) return; // The reader has typed on.
    const explanation = explain(decoded, page, new Date());
    output.replaceChildren(...(explanation ? render(explanation) : [el('p', [EMPTY_HINT])]));
  };

  input.addEventListener('input', () => void update());
  const handed = takeHandedOver();
  if (handed !== null && input.value.trim() === '') input.value = handed;
  void update();
}
