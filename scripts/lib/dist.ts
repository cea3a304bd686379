/** Reads a built site: every HTML page with its URL path and parsed document. */
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** Path inside the site, as linked: "/409/", "/", "/404.html". */
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export function urlPathOf(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The file a static host serves for a site path (`/409/` is 409/index.html), or null when there is
 * none. A directory is not a file: `/409` without the slash would only work through a redirect.
 */
export function fileForPath(dir: string, path: string): string | null {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '');
  const file = join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : null;
}

const cache = new Map<string, Promise<BuiltPage[]>>();

export function readPages(dir: string): Promise<BuiltPage[]> {
  let pages = cache.get(dir);
  if (!pages) {
    pages = (async () => {
      const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
      return Promise.all(
        files.map(async (file) => {
          const html = await readFile(file, 'utf8');
          return { path: urlPathOf(dir, file), file, html, doc: parse(html) };
        }),
      );
    })();
    cache.set(dir, pages);
  }
  return pages;
}

export async function pageAt(dir: string, path: string): Promise<BuiltPage> {
  const page = (await readPages(dir)).find((p) => p.path === path);
  if (!page) throw new Error(`no page at ${path} in ${dir}`);
  return page;
}

export const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
