/**
 * Runs a query in two steps: the instant lookup over the known codes, then Pagefind's full-text
 * search. Nothing is fetched until `warm()` or the first query, that is, until the user starts
 * searching; both loads are then shared by every later query.
 */
import { pathWithBase } from '../site/urls.ts';
import { lookup, type KnownCode } from './lookup.ts';
import { decoderOffer, looksPasted } from './decoder-offer.ts';
import { META_WEIGHTS, PAGEFIND_DIR } from './meta.ts';
import {
  hitPassesFilters,
  hitResult,
  mergeResults,
  rankByKind,
  pagefindResult,
  type PagefindResultData,
  type SearchFilters,
  type SearchResult,
} from './results.ts';

/** The part of Pagefind's browser API this search uses (pagefind/pagefind.js in the build). */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options: { filters: SearchFilters },
  ): Promise<{ results: { score: number; data(): Promise<PagefindResultData> }[] }>;
}

export interface SearchOutcome {
  note: string | null;
  results: SearchResult[];
  /** Every match; more than `results.length` when only the first full-text results are loaded. */
  total: number;
  /** False while the full-text results are still coming. */
  complete: boolean;
  /** Why the full-text search is unavailable, when it is. */
  problem: string | null;
}

/** Full-text results loaded and shown per query (each costs one small fragment request). */
export const SHOWN_RESULTS = 10;

const DEV_PROBLEM =
  'Only code numbers and names are searched here: full-text search needs a built site (npm run build, then npm run preview).';

/** Loads once and shares the result; a failed load is forgotten, so the next query tries again. */
function sharedLoad<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export class SearchEngine {
  readonly #loadCodes: () => Promise<KnownCode[]>;
  readonly #loadPagefind: () => Promise<PagefindApi>;

  constructor() {
    this.#loadCodes = sharedLoad(async () => {
      const response = await fetch(pathWithBase('search-codes.json'));
      if (!response.ok) throw new Error(`the code list answered ${response.status}`);
      return (await response.json()) as KnownCode[];
    });
    this.#loadPagefind = sharedLoad(async () => {
      const url = pathWithBase(`${PAGEFIND_DIR}pagefind.js`);
      const pagefind = (await import(/* @vite-ignore */ url).catch((error: unknown) => {
        // The dev server has no index: Pagefind runs over the build output.
        throw import.meta.env.DEV ? new Error(DEV_PROBLEM) : error;
      })) as PagefindApi;
      // The index is small (about a hundred pages): searching on the main thread saves the
      // worker's download and start-up before the first result.
      await pagefind.options({ noWorker: true, excerptLength: 16, ranking: { metaWeights: META_WEIGHTS } });
      await pagefind.init();
      return pagefind;
    });
  }

  /** Starts both loads; called when the dialog opens, so the first query finds them under way. */
  warm(): void {
    this.#loadCodes().catch(() => {});
    this.#loadPagefind().catch(() => {});
  }

  /** Yields the instant answer first, then the merged full-text results. */
  async *run(query: string, filters: SearchFilters): AsyncGenerator<SearchOutcome> {
    // A pasted response or error goes to the decoder first; not when the reader filters the pages.
    const offer = looksPasted(query) && Object.keys(filters).length === 0 ? [decoderOffer(query)] : [];
    let instant: SearchResult[] = offer;
    let note: string | null = null;
    let codesLoaded = false;
    let comparisonFirst = false;
    try {
      const found = lookup(query, await this.#loadCodes());
      note = found.note;
      comparisonFirst = found.multiCode;
      instant = [...offer, ...found.hits.filter((hit) => hitPassesFilters(hit, filters)).map(hitResult)];
      codesLoaded = true;
      // Several codes ask for a comparison page, which only the full text finds: an early single
      // code would be opened by an Enter pressed before it arrives.
      if (!comparisonFirst) yield { note, results: instant, total: instant.length, complete: false, problem: null };
    } catch {
      // The full-text search below still answers without the instant lookup.
    }
    try {
      const pagefind = await this.#loadPagefind();
      const { results } = await pagefind.search(query, { filters });
      const loads = results.slice(0, SHOWN_RESULTS).map((r) => r.data());
      const readAll = (loaded: PagefindResultData[]) =>
        mergeResults(
          instant,
          loaded.flatMap((data) => pagefindResult(data) ?? []),
          { comparisonFirst },
        );
      const all = Promise.all(loads);
      const [best] = loads;
      if (best && loads.length > 1) {
        // The best match shows as soon as its data arrives, before the others. Racing it with
        // `all` also handles a failure of any other load while this one is awaited.
        const partial = readAll([await Promise.race([best, all.then(([first]) => first ?? best)])]);
        yield { note, results: partial, total: partial.length, complete: false, problem: null };
      }
      const scored = (await all).map((data, index) => ({ data, score: results[index]?.score ?? 0 }));
      const merged = readAll(rankByKind(scored).map(({ data }) => data));
      const notLoaded = Math.max(0, results.length - SHOWN_RESULTS);
      yield { note, results: merged, total: merged.length + notLoaded, complete: true, problem: null };
    } catch (error) {
      const problem =
        error instanceof Error && error.message === DEV_PROBLEM
          ? DEV_PROBLEM
          : codesLoaded
            ? 'Full-text search could not load; code numbers and names still work.'
            : 'Search could not load. Every code is still listed on the home page and on its class page.';
      yield { note, results: instant, total: instant.length, complete: true, problem };
    }
  }
}
