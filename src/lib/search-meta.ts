/**
 * What the search index knows about a page beyond its text: the Pagefind metadata (searched and
 * returned with each result) and filters, written as attributes on the page's data-pagefind-body
 * element. The values sit in data-search-* attributes and Pagefind captures them with its
 * `key[attribute]` syntax, so names containing commas need no escaping.
 */
import type { CodeData } from './schema.ts';
import { classOf, type ClassId, type StatusClass } from './classes.ts';

export type Registration = 'registered' | 'unofficial';

export interface SearchEntry {
  /** "409", or "4xx" for a class page: shown as the result's number. */
  code: string;
  name: string;
  formerNames: readonly string[];
  /** Extra words people search with (frontmatter `searchTerms`). */
  terms: readonly string[];
  cls: ClassId;
  /** Null for class pages, which are neither. */
  registration: Registration | null;
}

/** The metadata keys, with the ranking boost a match in each gets (Pagefind's default title is 5). */
export const META_WEIGHTS = { title: 5, code: 10, name: 6, former: 6, terms: 4 } as const;
export type MetaKey = keyof typeof META_WEIGHTS;

/** The filter keys and the labels the search dialog shows for them. */
export const FILTERS = { class: 'Class', registration: 'Registration' } as const;
export type FilterKey = keyof typeof FILTERS;

export const registrationOf = (status: CodeData['status']): Registration =>
  status === 'unofficial' ? 'unofficial' : 'registered';

export function codeSearchEntry(data: CodeData): SearchEntry {
  return {
    code: String(data.code),
    name: data.name,
    formerNames: data.formerNames,
    terms: data.searchTerms,
    cls: classOf(data.code).id,
    registration: registrationOf(data.status),
  };
}

export function classSearchEntry(cls: StatusClass): SearchEntry {
  return { code: cls.id, name: cls.name, formerNames: [], terms: [], cls: cls.id, registration: null };
}

/** Attributes for the data-pagefind-body element; keys without a value are left out. */
export function searchAttributes(entry: SearchEntry): Record<string, string> {
  const meta: Record<Exclude<MetaKey, 'title'>, string> = {
    code: entry.code,
    name: entry.name,
    former: entry.formerNames.join('; '),
    terms: entry.terms.join('; '),
  };
  const filters: Record<FilterKey, string> = { class: entry.cls, registration: entry.registration ?? '' };
  const present = (values: Record<string, string>) => Object.entries(values).filter(([, value]) => value !== '');
  const captures = (values: Record<string, string>) =>
    present(values)
      .map(([key]) => `${key}[data-search-${key}]`)
      .join(', ');
  return {
    'data-pagefind-meta': captures(meta),
    'data-pagefind-filter': captures(filters),
    ...Object.fromEntries([...present(meta), ...present(filters)].map(([key, value]) => [`data-search-${key}`, value])),
  };
}
