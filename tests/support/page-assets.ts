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

/** Every script that runs on the first view of a page, each file once. */
export async function firstViewScripts(dir: string, page: BuiltPage): Promise<PageAsset[]> {
  await init();
  const assets: PageAsset[] = [];
  const seen = new Set<string>();
  const followImports = (code: string, fromPath: string) => {
    for (const specifier of staticImports(code)) addFile(resolvePath(specifier, fromPath), true);
  };
  const addFile = (path: string, isModule: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    const content = readSiteFile(dir, page, path);
    assets.push({ source: path, content });
    if (isModule) followImports(content, path);
  };
  for (const el of page.doc.querySelectorAll('script, link[rel="modulepreload"]')) {
    if (el.tagName === 'LINK') {
      addFile(resolvePath(el.getAttribute('href') ?? '', page.path), true);
      continue;
    }
    const type = (el.getAttribute('type') ?? '').trim().toLowerCase();
    if (!SCRIPT_TYPES.has(type)) continue;
    const src = el.getAttribute('src');
    if (src !== undefined) addFile(resolvePath(src, page.path), type === 'module');
    else {
      assets.push({ source: INLINE, content: el.textContent });
      if (type === 'module') followImports(el.textContent, page.path);
    }
  }
  return assets;
}
