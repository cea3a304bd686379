/** Bytes per code page (HTML raw, gzip, brotli), CSS and JS totals, and the byte budgets' headroom. */
import { readFile } from 'node:fs/promises';
import { listFiles, readPages } from '../../lib/dist.ts';
import {
  brotliTotal,
  FIRST_ROUND_TRIP_BYTES,
  FIRST_VIEW_JS_BYTES,
  firstRenderBytes,
  isCodePage,
} from '../../lib/budgets.ts';
import { firstViewScripts, renderBlockingCss, type PageAsset } from '../../lib/page-assets.ts';
import { addSizes, NO_BYTES, sizesOf, type Sizes } from '../../lib/sizes.ts';
import type { BenchSection } from '../section.ts';
import { formatBytes } from '../format.ts';
import { spread, type Spread } from '../stats.ts';

const spreadRow = (label: string, values: Spread) => [
  label,
  formatBytes(values.min),
  formatBytes(values.median),
  formatBytes(values.max),
];

/** Raw and brotli bytes of a page's CSS or JS, each piece compressed on its own. */
const assetBytes = (assets: PageAsset[]) => ({
  raw: assets.reduce((sum, asset) => sum + Buffer.byteLength(asset.content), 0),
  brotli: brotliTotal(assets),
});

async function filesOfType(dir: string, extension: string): Promise<{ files: number } & Sizes> {
  const files = (await listFiles(dir)).filter((file) => file.endsWith(extension));
  const contents = await Promise.all(files.map((file) => readFile(file)));
  return { files: files.length, ...contents.map((content) => sizesOf(content)).reduce(addSizes, NO_BYTES) };
}

export const bytesSection: BenchSection = {
  id: 'bytes',
  title: 'Bytes',
  async run({ siteDir }) {
    const codePages = (await readPages(siteDir)).filter(isCodePage);
    const html = codePages.map((page) => sizesOf(page.html));
    const css = codePages.map((page) => assetBytes(renderBlockingCss(siteDir, page)));
    const js = await Promise.all(codePages.map(async (page) => assetBytes(await firstViewScripts(siteDir, page))));
    const perPage = {
      htmlRaw: spread(html.map((s) => s.raw)),
      htmlGzip: spread(html.map((s) => s.gzip)),
      htmlBrotli: spread(html.map((s) => s.brotli)),
      cssRaw: spread(css.map((c) => c.raw)),
      cssBrotli: spread(css.map((c) => c.brotli)),
      jsRaw: spread(js.map((j) => j.raw)),
      jsBrotli: spread(js.map((j) => j.brotli)),
      firstRenderBrotli: spread(codePages.map((page) => firstRenderBytes(siteDir, page).total)),
    };
    const totals = { css: await filesOfType(siteDir, '.css'), js: await filesOfType(siteDir, '.js') };
    return {
      tables: [
        {
          title: `Per code page (${codePages.length} pages)`,
          columns: ['bytes', 'min', 'median', 'max'],
          rows: [
            spreadRow('HTML raw', perPage.htmlRaw),
            spreadRow('HTML gzip', perPage.htmlGzip),
            spreadRow('HTML brotli', perPage.htmlBrotli),
            spreadRow('CSS raw (inline and files)', perPage.cssRaw),
            spreadRow('CSS brotli', perPage.cssBrotli),
            spreadRow('JS on first view, raw', perPage.jsRaw),
            spreadRow(`JS on first view, brotli (budget ${formatBytes(FIRST_VIEW_JS_BYTES)})`, perPage.jsBrotli),
            spreadRow(
              `first render: HTML + CSS files, brotli (budget ${FIRST_ROUND_TRIP_BYTES} B)`,
              perPage.firstRenderBrotli,
            ),
          ],
        },
        {
          title: 'Files in the build',
          columns: ['type', 'files', 'raw', 'gzip', 'brotli'],
          rows: Object.entries(totals).map(([type, t]) => [
            type,
            t.files,
            formatBytes(t.raw),
            formatBytes(t.gzip),
            formatBytes(t.brotli),
          ]),
        },
      ],
      notes: [
        'CSS and JS count inline pieces and files, each compressed on its own; inline ones also sit in the HTML figures.',
        'First render: the HTML (inline CSS and scripts included) plus any render-blocking stylesheet file, brotli 11.',
        `Headroom on the largest code page: ${FIRST_ROUND_TRIP_BYTES - perPage.firstRenderBrotli.max} bytes.`,
      ],
      data: { codePages: codePages.length, perPage, totals },
    };
  },
};
