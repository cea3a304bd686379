/**
 * What a built page needs before and at its first view, read from the files alone so the byte
 * budgets are deterministic: the render-blocking CSS, and the JavaScript that runs on load
 * (inline scripts, external scripts, module preloads and every module they import statically).
 * Dynamic `import()` is left out of the first view on purpose: code loaded on demand is not part
 * of it. featureScripts follows it, to weigh the whole of one feature.
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

/** The modules a module loads on demand: import() of a plain string, as a bundler writes it. */
function dynamicImports(code: string): string[] {
  const [imports] = parseModule(code);
  return imports.flatMap((i) => (i.type === 'dynamic' && i.specifier !== undefined && !i.glob ? [i.specifier] : []));
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

  /** With `onDemand`, also the modules it loads with import(), and theirs, and so on. */
  file(path: string, isModule: boolean, onDemand = false): void {
    if (this.#seen.has(path)) return;
    this.#seen.add(path);
    const content = readSiteFile(this.dir, this.page, path);
    this.assets.push({ source: path, content });
    if (isModule) this.imports(content, path, onDemand);
  }

  imports(code: string, fromPath: string, onDemand = false): void {
    for (const specifier of staticImports(code)) this.file(resolvePath(specifier, fromPath), true, onDemand);
    if (onDemand) this.loadedOnDemand(code, fromPath);
  }

  loadedOnDemand(code: string, fromPath: string): void {
    for (const specifier of dynamicImports(code)) this.file(resolvePath(specifier, fromPath), true, true);
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
 * The JavaScript one feature of a page needs: the module scripts whose own code contains `marker`
 * (a custom element's name, say), and every module they load on demand with import(), with all
 * that those import in turn. What the scripts import statically is left out: that is the shared
 * first-view code (the on-demand loader of src/lib/lazy/, the bundler's preload helper), which
 * every page loads and the first-view budget holds.
 */
export async function featureScripts(dir: string, page: BuiltPage, marker: string): Promise<PageAsset[]> {
  await init();
  const walk = new ModuleWalk(dir, page);
  for (const el of page.doc.querySelectorAll('script[type="module"]')) {
    const src = el.getAttribute('src');
    if (src === undefined && el.textContent.includes(marker)) {
      walk.assets.push({ source: INLINE, content: el.textContent });
      walk.loadedOnDemand(el.textContent, page.path);
    } else if (src !== undefined) {
      const path = resolvePath(src, page.path);
      const content = readSiteFile(dir, page, path);
      if (!content.includes(marker)) continue;
      walk.assets.push({ source: path, content });
      walk.loadedOnDemand(content, path);
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
