import { readFile } from 'node:fs/promises';
import { init, parse as parseModule } from 'es-module-lexer';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fileForPath, listFiles, pageAt, readPages, urlPathOf, type BuiltPage } from '../../scripts/lib/dist.ts';

const dir = inject('siteDir');
let pages: BuiltPage[] = [];

beforeAll(async () => {
  pages = await readPages(dir);
});

const isExternal = (ref: string) => /^(https?:|mailto:|data:|tel:)/.test(ref) || ref === '';

/** Every reference a page makes to another resource: links, assets and srcset candidates. */
function referencesOf(page: BuiltPage): string[] {
  return page.doc
    .querySelectorAll('a[href], link[href], script[src], img[src], source[src], img[srcset], source[srcset]')
    .flatMap((el) => {
      const srcset = el.getAttribute('srcset');
      const refs = srcset ? srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [];
      return [el.getAttribute('href') ?? el.getAttribute('src') ?? '', ...refs];
    })
    .filter((ref) => !isExternal(ref));
}

/** url(...) references in CSS, with the quotes removed. */
const cssUrls = (css: string) =>
  [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2] ?? '').filter((ref) => !isExternal(ref));

/** The text of every built file with `extension` and of every `selector` element inlined in a page, with its site path. */
async function sourcesOf(extension: string, selector: string): Promise<{ path: string; text: string }[]> {
  const files = (await listFiles(dir)).filter((file) => file.endsWith(extension));
  return [
    ...(await Promise.all(
      files.map(async (file) => ({ path: urlPathOf(dir, file), text: await readFile(file, 'utf8') })),
    )),
    ...pages.flatMap((page) =>
      page.doc.querySelectorAll(selector).map((el) => ({ path: page.path, text: el.textContent })),
    ),
  ];
}

describe('internal links and assets', () => {
  it('resolve to a built file, and fragments to an element id', () => {
    const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]));
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of referencesOf(page)) {
        const url = new URL(ref, `http://site${page.path}`);
        if (!fileForPath(dir, url.pathname)) {
          broken.push(`${page.path}: ${ref} (no file for ${url.pathname})`);
          continue;
        }
        if (url.hash.length > 1) {
          const ids = idsByPath.get(url.pathname);
          if (ids && !ids.has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page.path}: ${ref} (no element with id ${url.hash.slice(1)} on ${url.pathname})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('resolve url() references in stylesheets and <style> elements', async () => {
    const sources = await sourcesOf('.css', 'style');
    const broken = sources.flatMap(({ path, text: css }) =>
      cssUrls(css)
        .filter((ref) => !ref.startsWith('#') && !fileForPath(dir, new URL(ref, `http://site${path}`).pathname))
        .map((ref) => `${path}: url(${ref})`),
    );
    expect(broken).toEqual([]);
  });

  it('resolve every module a script imports, statically or on demand', async () => {
    await init();
    const modules = await sourcesOf('.js', 'script[type="module"]');
    const broken = modules.flatMap(({ path, text: code }) =>
      parseModule(code)[0].flatMap(({ specifier }) => {
        // import.meta, and import() of a computed name, have no literal to check.
        if (typeof specifier !== 'string' || specifier.includes('*') || isExternal(specifier)) return [];
        return fileForPath(dir, new URL(specifier, `http://site${path}`).pathname) ? [] : [`${path}: ${specifier}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('uses root-relative references on the not-found page, which is served at any depth', async () => {
    const notFound = await pageAt(dir, '/404.html');
    const relative = referencesOf(notFound).filter((ref) => !ref.startsWith('/') && !ref.startsWith('#'));
    expect(relative, '404.html answers /a/b/c too, where a relative link points elsewhere').toEqual([]);
  });
});
