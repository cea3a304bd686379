/**
 * What the search index knows about a page beyond its text: the Pagefind metadata (searched and
 * returned with each result) and filters, written as attributes on the page's data-pagefind-body
 * element. The values sit in data-search-* attributes and Pagefind captures them with its
 * `key[attribute]` syntax, so names containing commas need no escaping.
 */
import { CLASSES, type ClassId } from '../content/classes.ts';
import type { CodeData } from '../content/schema.ts';

export type Registration = 'registered' | 'unofficial';

/** What kind of page a result is; the search dialog filters on it. */
export type PageKind = 'code' | 'class' | 'comparison' | 'guide' | 'error';

/**
 * The page kinds the dialog offers as a filter, in the order it shows them. Their labels say
 * enough, so they carry no hover title: the dialog is in every page, whose byte budget is tight.
 */
export const PAGE_KINDS: readonly { value: PageKind; label: string }[] = [
  { value: 'code', label: 'Codes' },
  { value: 'class', label: 'Classes' },
  { value: 'comparison', label: 'Comparisons' },
  { value: 'guide', label: 'Guide' },
  { value: 'error', label: 'Errors' },
];

/**
 * How much a full-text match on each kind of page counts. A comparison or an error page mentions
 * the symptoms of every code it involves ("rate limit" is on 429 and on Cloudflare's 1015), so the
 * code page answers a symptom first; an error page still wins its own words, which no code page
 * has, and a query naming several codes puts comparisons first (mergeResults).
 */
export const KIND_WEIGHTS: Readonly<Record<PageKind, number>> = {
  code: 1,
  class: 1,
  guide: 1,
  error: 0.45,
  comparison: 0.3,
};

/** Where the Pagefind index sits inside the build; the search integration writes it there. */
export const PAGEFIND_DIR = 'pagefind/';

export interface SearchEntry {
  /** "409", or "4xx" for a class page: shown as the result's number. */
  code: string;
  name: string;
  formerNames: readonly string[];
  /** Extra words people search with (frontmatter `searchTerms`). */
  terms: readonly string[];
  kind: PageKind;
  /** Null for pages that span classes (the guide, a comparison such as 429 vs 503) and for error pages. */
  cls: ClassId | null;
  /** Null for class pages, which are neither. */
  registration: Registration | null;
}

/** The metadata keys, with the ranking boost a match in each gets (Pagefind's default title is 5). */
export const META_WEIGHTS = { title: 5, code: 10, name: 6, former: 6, terms: 10 } as const;
export type MetaKey = keyof typeof META_WEIGHTS;

export type FilterKey = 'kind' | 'class' | 'registration';

export interface FilterGroup {
  key: FilterKey;
  /** The group's legend in the search dialog. */
  label: string;
  options: readonly { value: string; label: string; title?: string }[];
}

/** The filters each indexed page carries, and how the search dialog offers them. */
export const FILTER_GROUPS: readonly FilterGroup[] = [
  { key: 'kind', label: 'Page', options: PAGE_KINDS },
  {
    key: 'class',
    label: 'Class',
    options: CLASSES.map((cls) => ({ value: cls.id, label: cls.id, title: cls.name })),
  },
  {
    key: 'registration',
    label: 'Registration',
    options: [
      { value: 'registered', label: 'Registered', title: 'In the IANA registry' },
      { value: 'unofficial', label: 'Unofficial', title: 'Sent by a vendor, not defined by any RFC' },
    ],
  },
];

export const registrationOf = (status: CodeData['status']): Registration =>
  status === 'unofficial' ? 'unofficial' : 'registered';

/** Attributes for the data-pagefind-body element; keys without a value are left out. */
export function searchAttributes(entry: SearchEntry): Record<string, string> {
  const meta: Record<Exclude<MetaKey, 'title'>, string> = {
    code: entry.code,
    name: entry.name,
    former: entry.formerNames.join('; '),
    terms: entry.terms.join('; '),
  };
  const filters: Record<FilterKey, string> = {
    kind: entry.kind,
    class: entry.cls ?? '',
    registration: entry.registration ?? '',
  };
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
