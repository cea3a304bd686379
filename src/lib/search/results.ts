/**
 * Search results as the dialog shows them, whether they come from the instant lookup or from
 * Pagefind: one shape, one filter rule, one merge that keeps the instant answers first.
 */
import { classOf, isClassId, type ClassId } from '../content/classes.ts';
import { classPath, codePath } from '../site/urls.ts';
import type { Hit } from './lookup.ts';
import type { FilterKey, Registration } from './meta.ts';

/** A run of excerpt text; `match` is true where the query matched. */
export interface ExcerptPart {
  text: string;
  match: boolean;
}

export interface SearchResult {
  url: string;
  /** "409", or "4xx" for a class page. */
  code: string;
  name: string;
  cls: ClassId;
  excerpt: ExcerptPart[];
}

export type SearchFilters = Partial<Record<FilterKey, string>>;

/** The part of a Pagefind result the dialog reads (see Pagefind's `result.data()`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
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
      excerpt: [{ text: hit.cls.summary, match: false }],
    };
  return {
    url: codePath(hit.code.code),
    code: String(hit.code.code),
    name: hit.code.name,
    cls: classOf(hit.code.code).id,
    excerpt: [{ text: hit.code.summary, match: false }],
  };
}

/** A Pagefind result; null when the page lacks the metadata every indexed page carries. */
export function pagefindResult(data: PagefindResultData): SearchResult | null {
  const { code, name } = data.meta;
  if (!code || !name) return null;
  const cls = isClassId(code) ? code : /^[1-5]\d\d$/.test(code) ? classOf(Number(code)).id : null;
  if (!cls) return null;
  return { url: data.url, code, name, cls, excerpt: excerptParts(data.excerpt) };
}

/**
 * Instant results first, then the full-text ones they do not already include. Instant results keep
 * the page summary as their excerpt: they matched on the number or name the title already shows.
 */
export function mergeResults(instant: readonly SearchResult[], fullText: readonly SearchResult[]): SearchResult[] {
  const seen = new Set(instant.map((r) => r.url));
  return [...instant, ...fullText.filter((r) => !seen.has(r.url))];
}
