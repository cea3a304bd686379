import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it } from 'vitest';
import type { BuiltPage } from '../../../scripts/lib/dist.ts';
import { blockingFontFaces, firstViewScripts, renderBlockingCss } from '../../../scripts/lib/page-assets.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

async function site(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'assets-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

const pageOf = (html: string, path = '/409/'): BuiltPage => ({ path, file: '', html, doc: parse(html) });

describe('first-view scripts', () => {
  it('follows static imports and leaves modules loaded with import() out', async () => {
    await site({
      '_astro/main.js':
        'import { a } from "./shared.js"; export * from "./more.js"; button.onclick = () => import("./lazy.js");',
      '_astro/shared.js': 'export const a = 1;',
      '_astro/more.js': 'import "./shared.js"; export const b = 2;',
      '_astro/lazy.js': 'export const big = "x".repeat(1e5);',
    });
    const page = pageOf(
      '<script>document.documentElement.dataset.ready = "1"</script>' +
        '<script type="module" src="/_astro/main.js"></script>' +
        '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
    );
    const sources = (await firstViewScripts(dir, page)).map((asset) => asset.source);
    expect(sources).toEqual(['inline', '/_astro/main.js', '/_astro/shared.js', '/_astro/more.js']);
  });

  it('follows the imports of inline modules and module preloads, relative to the page', async () => {
    await site({ '409/local.js': 'export const x = 1;', '_astro/pre.js': 'export {};' });
    const page = pageOf(
      '<link rel="modulepreload" href="/_astro/pre.js"><script type="module">import "./local.js";</script>',
    );
    const sources = (await firstViewScripts(dir, page)).map((asset) => asset.source);
    expect(sources).toEqual(['/_astro/pre.js', 'inline', '/409/local.js']);
  });

  it('names the page and the missing file when a script is not in the build', async () => {
    await site({});
    await expect(firstViewScripts(dir, pageOf('<script src="/_astro/gone.js"></script>'))).rejects.toThrow(
      '/409/ refers to /_astro/gone.js, which is not in the build',
    );
  });
});

describe('render-blocking CSS', () => {
  it('counts <style> elements and stylesheets, but not print or alternate sheets', async () => {
    await site({ 'a.css': 'a{}', 'print.css': 'p{}', 'alt.css': 'q{}' });
    const page = pageOf(
      '<style>b{}</style><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/print.css" media="print">' +
        '<link rel="alternate stylesheet" href="/alt.css">',
    );
    expect(renderBlockingCss(dir, page)).toEqual([
      { source: 'inline', content: 'b{}' },
      { source: '/a.css', content: 'a{}' },
    ]);
  });
});

describe('web fonts', () => {
  it('flags @font-face rules that would hold back text', () => {
    const css =
      '@font-face{font-family:A;src:url(a.woff2)}' +
      '@font-face{font-family:B;src:url(b.woff2);font-display:swap}' +
      '@font-face{font-family:C;src:url(c.woff2);font-display: optional}' +
      '@font-face{font-family:D;src:url(d.woff2);font-display:block}';
    expect(blockingFontFaces(css).map((rule) => /font-family:(\w)/.exec(rule)?.[1])).toEqual(['A', 'D']);
  });
});
