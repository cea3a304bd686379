/**
 * The byte budgets and how a page is measured against them. Shared by the budget tests (which
 * assert them) and `npm run bench` (which reports the headroom). Every budget lives here.
 */
import type { BuiltPage } from './dist.ts';
import { blockingStylesheetRequests, firstViewScripts, type PageAsset } from './page-assets.ts';
import { brotliSize } from './sizes.ts';

/**
 * What arrives in the first round trip: TCP's initial congestion window of 10 segments of about
 * 1,460 bytes. A page whose HTML and render-blocking CSS fit in it can render after one round trip.
 */
export const FIRST_ROUND_TRIP_BYTES = 14_600;
/**
 * Brotli bytes of the JavaScript every page runs on its first view: the theme script, and the
 * launchers of the search and the live widget, whose own code loads on demand (src/lib/lazy/).
 */
export const FIRST_VIEW_JS_BYTES = 3 * 1024;

/**
 * Brotli bytes of the live widget's JavaScript: its loader, and everything it loads when idle or on
 * first use (its element and every module those import, including the stored-server module it
 * shares with the scenarios). None of it is on the first view. 5.5 KiB since the widget names
 * each way a request can fail (redirect loop, cut-off body, not HTTP) instead of one message.
 */
export const WIDGET_JS_BYTES = 5.5 * 1024;

/** Raw bytes of /search-codes.json, which the search fetches when it opens. */
export const SEARCH_CODES_BYTES = 32 * 1024;

/** Raw bytes of the bundle that holds the search dialog. */
export const SEARCH_DIALOG_BYTES = 12 * 1024;

export const isCodePage = (page: BuiltPage) => /^\/\d{3}\/$/.test(page.path);

/** Comparison pages and decision-guide steps: held to the same first-round-trip budget as code pages. */
export const isComparisonOrGuidePage = (page: BuiltPage) => /^\/(compare|choose)\//.test(page.path);
/** The error pages (/errors/<slug>/) and their index, held to the code pages' first-render budget. */
export const isErrorPage = (page: BuiltPage) => /^\/errors\/([a-z0-9-]+\/)?$/.test(page.path);

/** Brotli bytes of some pieces of a page, each compressed on its own as a host serves files. */
export const brotliTotal = (assets: readonly PageAsset[]) =>
  assets.reduce((sum, asset) => sum + brotliSize(asset.content), 0);

/** Brotli bytes of the HTML (inline CSS included) plus every render-blocking stylesheet file. */
export function firstRenderBytes(dir: string, page: BuiltPage): { html: number; cssFiles: number; total: number } {
  const html = brotliSize(page.html);
  const cssFiles = brotliTotal(blockingStylesheetRequests(dir, page));
  return { html, cssFiles, total: html + cssFiles };
}

/** Brotli bytes of the JavaScript that runs on the first view, each script compressed on its own. */
export async function firstViewJsBytes(dir: string, page: BuiltPage): Promise<{ total: number; sources: string[] }> {
  const scripts = await firstViewScripts(dir, page);
  return {
    total: brotliTotal(scripts),
    sources: scripts.map((asset) => asset.source),
  };
}

/**
 * Brotli bytes of the scenarios' first-view script: it only shows each "Send request" button and
 * loads the rest on demand. Most of it is Vite's helper for import(), which preloads the runner's
 * modules in parallel.
 */
export const SCENARIO_LOADER_JS_BYTES = 1536;

/**
 * Brotli bytes of everything a scenario runs once opened: the loader it shares with the example
 * tabs (and so the tabs' code), the element, the runner and the modules it shares with the widget
 * (stored server, DOM helpers). None of it is on the first view.
 */
export const SCENARIO_JS_BYTES = 6.5 * 1024;

/**
 * Brotli bytes of the decoder's JavaScript (/decode/), loaded with import() when the reader first
 * focuses or types in the paste box: the parser, its message table, the explanation and rendering.
 */
export const DECODER_JS_BYTES = 7 * 1024;

/** Raw bytes of each /decode/NNN.json, the one file the decoder fetches for the code a paste names. */
export const DECODE_CODE_JSON_BYTES = 3 * 1024;
