import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPages } from '../support/dist.ts';

const dir = inject('siteDir');

/** Maps a site path to the file a static host serves for it, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURI(path.split(/[?#]/)[0] ?? '');
  const candidates = clean.endsWith('/') ? [join(dir, clean, 'index.html')] : [join(dir, clean)];
  return candidates.find((file) => existsSync(file)) ?? null;
}

describe('internal links and assets', () => {
  it('resolve to a built file, and fragments to an element id', async () => {
    const pages = await readPages(dir);
    const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((e) => e.id))]));
    const broken: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('a[href], link[href], script[src], img[src], source[srcset]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (/^(https?:|mailto:|data:)/.test(ref) || ref === '') continue;
        const url = new URL(ref, `http://site${page.path}`);
        const target = url.pathname === page.path && ref.startsWith('#') ? page.path : url.pathname;
        if (!fileFor(target)) {
          broken.push(`${page.path}: ${ref} (no file for ${target})`);
          continue;
        }
        if (url.hash.length > 1) {
          const ids = idsByPath.get(target);
          if (ids && !ids.has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page.path}: ${ref} (no element with id ${url.hash.slice(1)} on ${target})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
