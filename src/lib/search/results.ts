/**
 * Search results as the dialog shows them, whether they come from the instant lookup or from
 * Pagefind: one shape, one filter rule, one merge that keeps the instant answers first.
 */
import { classOf, isClassId, type ClassId } from '../content/classes.ts';
import { classPath, codePath } from '../site/urls.ts';
import type { Hit } from './lookup.ts';
import { KIND_WEIGHTS, type FilterKey, type PageKind, type Registration } from './meta.ts';

/** A run of excerpt text; `match` is true where the query matched. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

export interface SearchResult {
  url: string;
  /** "409", or "4xx" for a class page; empty for pages about no one code. */
  code: string;
  name: string;
  /** Null for pages about no one class (comparisons, errors, the decoder). */
  cls: ClassId | null;
  /** The page kind (src/lib/search/meta.ts PageKind), or 'decoder' for the offer to decode a paste. */
  kind: string;
  excerpt: ExcerptPart[];
  /** The query to hand to the decoder when this result is chosen (never through the URL). */
  paste?: string;
}

export type SearchFilters = Partial<Record<FilterKey, string>>;

/** The part of a Pagefind result the dialog reads (see Pagefind's `result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * Splits a Pagefind excerpt ("text with <mark>matches</mark>", entities escaped) into text runs,
 * so the dialog builds it with text nodes and never parses HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(piece);
      return { text: decodeEntities(marked ? (marked[1] ?? '') : piece), match: marked !== null };
    });
}

/** The registration filter value an instant hit has; class pages have none. */
const hitRegistration = (hit: Hit): Registration | null => (hit.kind === 'code' ? hit.code.registration : null);
const hitClass = (hit: Hit): ClassId => (hit.kind === 'code' ? classOf(hit.code.code).id : hit.cls.id);

/** Applies the dialog's filters to an instant hit the way Pagefind applies them to its results. */
export function hitPassesFilters(hit: Hit, filters: SearchFilters): boolean {
  return (
    (filters.kind === undefined || filters.kind === hit.kind) &&
    (filters.class === undefined || filters.class === hitClass(hit)) &&
    (filters.registration === undefined || filters.registration === hitRegistration(hit))
  );
}

export function hitResult(hit: Hit): SearchResult {
  if (hit.kind === 'class')
    return {
      url: classPath(hit.cls.id),
      code: hit.cls.id,
      name: hit.cls.name,
      cls: hit.cls.id,
      kind: 'class',
      excerpt: [{ text: hit.cls.summary, match: false }],
    };
  return {
    url: codePath(hit.code.code),
    code: String(hit.code.code),
    name: hit.code.name,
    cls: classOf(hit.code.code).id,
    kind: 'code',
    excerpt: [{ text: hit.code.summary, match: false }],
  };
}

/**
 * A Pagefind result; null when the page lacks the name every indexed page carries. Pages about one
 * code or class carry `code` too; other kinds (comparisons, errors, guides) may not.
 */
export function pagefindResult(data: PagefindResultData): SearchResult | null {
  const code = data.meta['code'] ?? '';
  const name = data.meta['name'];
  if (!name) return null;
  const cls = isClassId(code) ? code : /^[1-5]\d\d$/.test(code) ? classOf(Number(code)).id : null;
  const kind = data.filters?.['kind']?.[0] ?? 'code';
  return { url: data.url, code, name, cls, kind, excerpt: excerptParts(data.excerpt) };
}

/**
 * Instant results first, then the full-text ones they do not already include. Instant results keep
 * the page summary as their excerpt: they matched on the number or name the title already shows.
 * A query naming several codes ("401 vs 403") asks for a comparison: comparison pages found by the
 * full text go before the instant answers for each single code.
 */
/** Pagefind's results re-ordered by their score times the weight of their page kind (KIND_WEIGHTS). */
export function rankByKind<T extends { score: number; data: PagefindResultData }>(results: readonly T[]): T[] {
  const weight = ({ data }: T) => KIND_WEIGHTS[(data.filters?.['kind']?.[0] ?? 'code') as PageKind] ?? 1;
  return results
    .map((result, index) => ({ result, index, rank: result.score * weight(result) }))
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map(({ result }) => result);
}

export function mergeResults(
  instant: readonly SearchResult[],
  fullText: readonly SearchResult[],
  { comparisonFirst = false } = {},
): SearchResult[] {
  const comparisons = comparisonFirst ? fullText.filter((r) => r.kind === 'comparison') : [];
  const seen = new Set([...comparisons, ...instant].map((r) => r.url));
  return [...comparisons, ...instant, ...fullText.filter((r) => !seen.has(r.url))];
}
