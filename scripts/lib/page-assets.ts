/**
 * What a built page needs before and at its first view, read from the files alone so the byte
 * budgets are deterministic: the render-blocking CSS, and the JavaScript that runs on load
 * (inline scripts, external scripts, module preloads and every module they import statically).
 * Dynamic `import()` is left out on purpose: code loaded on demand is not part of the first view.
 */
import { readFileSync } from 'node:fs';
import { init, parse as parseModule } from 'es-module-lexer';
import { fileForPath, type BuiltPage } from './dist.ts';

export interface PageAsset {
  /** "inline" for an element inside the HTML, otherwise the site path of the file. */
  source: string;
  content: string;
}

const INLINE = 'inline';
/** Script types the browser executes; JSON-LD, import maps and the like are data. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function readSiteFile(dir: string, page: BuiltPage, path: string): string {
  const file = fileForPath(dir, path);
  if (!file) throw new Error(`${page.path} refers to ${path}, which is not in the build`);
  return readFileSync(file, 'utf8');
}

const resolvePath = (ref: string, fromPath: string) => new URL(ref, `http://site${fromPath}`).pathname;

/** Stylesheets that block rendering (every one but print and alternate sheets) and every <style> element. */
export function renderBlockingCss(dir: string, page: BuiltPage): PageAsset[] {
  return page.doc.querySelectorAll('link[rel~="stylesheet"], style').flatMap((el): PageAsset[] => {
    if (el.tagName === 'STYLE') return [{ source: INLINE, content: el.textContent }];
    const rel = (el.getAttribute('rel') ?? '').split(/\s+/);
    const media = (el.getAttribute('media') ?? 'all').trim();
    if (rel.includes('alternate') || media === 'print' || el.hasAttribute('disabled')) return [];
    const path = resolvePath(el.getAttribute('href') ?? '', page.path);
    return [{ source: path, content: readSiteFile(dir, page, path) }];
  });
}

/** External stylesheets among the render-blocking CSS: each costs a request before the first render. */
export const blockingStylesheetRequests = (dir: string, page: BuiltPage) =>
  renderBlockingCss(dir, page).filter((asset) => asset.source !== INLINE);

/** @font-face rules whose font would hold back text: without font-display swap or optional. */
export function blockingFontFaces(css: string): string[] {
  return (css.match(/@font-face\s*\{[^}]*\}/g) ?? []).filter(
    (rule) => !/font-display\s*:\s*(swap|optional)\b/.test(rule),
  );
}

function staticImports(code: string): string[] {
  const [imports] = parseModule(code);
  return imports.flatMap((i) => (i.type === 'static' || i.type === 'reexport-star' ? [i.specifier] : []));
}

/** Reads module files and every module they import statically, each once. */
export class ModuleWalk {
  readonly assets: PageAsset[] = [];
  readonly #seen = new Set<string>();
  readonly dir: string;
  readonly page: BuiltPage;

  constructor(dir: string, page: BuiltPage) {
    this.dir = dir;
    this.page = page;
  }

  file(path: string, isModule: boolean): void {
    if (this.#seen.has(path)) return;
    this.#seen.add(path);
    const content = readSiteFile(this.dir, this.page, path);
    this.assets.push({ source: path, content });
    if (isModule) this.imports(content, path);
  }

  imports(code: string, fromPath: string): void {
    for (const specifier of staticImports(code)) this.file(resolvePath(specifier, fromPath), true);
  }
}

/** Every script that runs on the first view of a page, each file once. */
export async function firstViewScripts(dir: string, page: BuiltPage): Promise<PageAsset[]> {
  await init();
  const walk = new ModuleWalk(dir, page);
  for (const el of page.doc.querySelectorAll('script, link[rel="modulepreload"]')) {
    if (el.tagName === 'LINK') {
      walk.file(resolvePath(el.getAttribute('href') ?? '', page.path), true);
      continue;
    }
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (!SCRIPT_TYPES.has(type)) continue;
    const src = el.getAttribute('src');
    if (src !== undefined) walk.file(resolvePath(src, page.path), type === 'module');
    else {
      walk.assets.push({ source: INLINE, content: el.textContent });
      if (type === 'module') walk.imports(el.textContent, page.path);
    }
  }
  return walk.assets;
}

/**
 * The module scripts of a page whose own code contains `marker` (a custom element's name, say),
 * with every module they import statically: the JavaScript one feature of the page needs.
 */
export async function featureScripts(dir: string, page: BuiltPage, marker: string): Promise<PageAsset[]> {
  await init();
  const walk = new ModuleWalk(dir, page);
  for (const el of page.doc.querySelectorAll('script[type="module"]')) {
    const src = el.getAttribute('src');
    if (src === undefined && el.textContent.includes(marker)) {
      walk.assets.push({ source: INLINE, content: el.textContent });
      walk.imports(el.textContent, page.path);
    } else if (src !== undefined) {
      const path = resolvePath(src, page.path);
      if (readSiteFile(dir, page, path).includes(marker)) walk.file(path, true);
    }
  }
  return walk.assets;
}

/**
 * The scripts one feature of a page loads only on use: every module that the first-view scripts
 * containing `marker` import with import(), with the modules those import statically, leaving
 * out what the first view already loaded.
 */
export async function onUseScripts(dir: string, page: BuiltPage, marker: string): Promise<PageAsset[]> {
  const firstView = await firstViewScripts(dir, page);
  const loaded = new Set(firstView.map((asset) => asset.source));
  const walk = new ModuleWalk(dir, page);
  for (const asset of firstView.filter((a) => a.content.includes(marker))) {
    const from = asset.source === INLINE ? page.path : asset.source;
    const [imports] = parseModule(asset.content);
    for (const i of imports)
      if (i.type === 'dynamic' && i.specifier !== undefined) walk.file(resolvePath(i.specifier, from), true);
  }
  return walk.assets.filter((asset) => !loaded.has(asset.source));
}
