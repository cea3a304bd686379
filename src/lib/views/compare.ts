/**
 * Everything a comparison page (/compare/401-vs-403/) shows or publishes, computed once per build.
 * The comparison's own file adds the verdict, the per-code judgements, examples, mistakes and FAQ;
 * each code's name, summary, cacheability, headers and defining section come from that code's
 * view (./code.ts), the same data its own page shows.
 */
import { comparisonId, type ComparisonData } from '../compare/schema.ts';
import type { CacheabilityKind } from '../content/facts.ts';
import { searchAttributes } from '../search/meta.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, type JsonLdNode } from '../seo/json-ld.ts';
import { socialImage, type SocialImage } from '../seo/social-card.ts';
import { PALETTE } from '../seo/palette.ts';
import { pageTitle, SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, homePath, pathWithBase } from '../site/urls.ts';
import type { CodeView } from './code.ts';
import { articleMeta, type ArticleView } from './article.ts';
import { crumb, type Crumb } from './crumbs.ts';

export const compareIndexPath = () => pathWithBase('compare/');
export const comparePath = (id: string) => pathWithBase(`compare/${id}/`);

/** The name of the index page, in its heading and in every comparison's breadcrumb. */
export const COMPARE_INDEX_TITLE = 'Status codes compared';

/** The table's cacheability cell: the kind in a few words, linked to the section that says so. */
const CACHE_LABELS: Record<CacheabilityKind, string> = {
  heuristic: 'Yes, even without freshness headers',
  explicit: 'Only with Cache-Control or Expires',
  validation: 'Refreshes a stored response',
  never: 'Never',
};

/** One cell of the table: inline Markdown, or text with a link. */
export type Cell = { markdown: string } | { text: string; link?: { url: string } };

export interface ComparisonRow {
  /** The row's header: "Meaning", "Who sends it", ... */
  label: string;
  /** One cell per code, in the order of the columns. */
  cells: Cell[];
}

export interface ComparisonExample {
  situation: string;
  why: string;
  code: CodeView;
}

/** A comparison page's view; its sources are the comparison's own, then the defining section of each code. */
export interface ComparisonView<Entry = unknown> extends ArticleView {
  entry: Entry;
  id: string;
  data: ComparisonData;
  /** "401 vs 403": the heading, the breadcrumb and the JSON-LD headline. */
  title: string;
  path: string;
  url: string;
  /** The codes compared, each its own page's view, ascending. */
  codes: CodeView[];
  rows: ComparisonRow[];
  examples: ComparisonExample[];
}

/** "401 vs 403" and "401 or 403" for every pair, the phrasings people type. */
function pairTerms(codes: readonly number[]): string[] {
  return codes.flatMap((a, i) => codes.slice(i + 1).flatMap((b) => [`${a} vs ${b}`, `${a} or ${b}`]));
}

function rowsFor(data: ComparisonData, codes: readonly CodeView[]): ComparisonRow[] {
  const columns = data.columns;
  const typed = (label: string, pick: (column: ComparisonData['columns'][number]) => string | undefined) => ({
    label,
    cells: columns.map((column) => ({ markdown: pick(column) ?? '' })),
  });
  const rows: ComparisonRow[] = [
    { label: 'Meaning', cells: codes.map((view) => ({ text: view.data.summary })) },
    typed('Who sends it', (column) => column.sender),
    typed('What the client should do', (column) => column.client),
    typed('Retry', (column) => column.retry),
  ];
  if (columns.every((column) => column.method !== undefined))
    rows.push(typed('Method when followed', (column) => column.method));
  rows.push(
    {
      label: 'Cacheable',
      cells: codes.map((view) => ({ text: CACHE_LABELS[view.cacheability.kind], link: view.cacheability.source })),
    },
    {
      label: 'Headers',
      cells: codes.map((view) => ({
        markdown:
          view.data.headers.length > 0 ? view.data.headers.map((h) => `\`${h.name}\``).join(', ') : 'None special',
      })),
    },
    {
      label: 'Defined by',
      cells: codes.map((view) =>
        view.spec
          ? { text: view.spec.title, link: view.spec }
          : { text: `${view.data.vendor?.name ?? 'A vendor'} (unofficial)` },
      ),
    },
  );
  return rows;
}

export function comparisonView<Entry extends { data: ComparisonData }>(
  entry: Entry,
  codesByNumber: ReadonlyMap<number, CodeView>,
): ComparisonView<Entry> {
  const { data } = entry;
  const id = comparisonId(data.codes);
  const codes = data.codes.map((code) => {
    const view = codesByNumber.get(code);
    if (!view) throw new Error(`content/compare/${id}.mdx: ${code} has no code page`);
    return view;
  });
  const title = data.codes.join(' vs ');
  const path = comparePath(id);
  const url = absoluteUrl(path);
  const image = socialImage(`compare-${id}`, {
    number: '',
    title,
    text: data.summary,
    footer: 'Comparison',
    accent: PALETTE.accent.light,
  });
  const crumbs = [crumb(SITE_NAME, homePath()), crumb(COMPARE_INDEX_TITLE, compareIndexPath()), crumb(title, path)];
  const specs = codes.flatMap((view) => (view.spec ? [view.spec] : []));
  const sources = [...data.sources, ...specs.filter((spec) => !data.sources.some((s) => s.url === spec.url))];
  const classes = new Set(codes.map((view) => view.cls.id));
  const [onlyClass] = classes.size === 1 ? [...classes] : [null];
  return {
    entry,
    id,
    data,
    title,
    path,
    url,
    codes,
    rows: rowsFor(data, codes),
    examples: data.examples.map(({ situation, why, code }) => ({
      situation,
      why,
      code: codes.find((view) => view.code === code) as CodeView,
    })),
    sources,
    searchAttributes: searchAttributes({
      kind: 'comparison',
      code: title,
      name: data.question,
      formerNames: [],
      terms: [...pairTerms(data.codes), ...codes.map((view) => view.data.name), ...data.searchTerms],
      cls: onlyClass ?? null,
      registration: null,
    }),
    ...articleMeta({
      // "502 vs 504 vs 520 vs 522 vs 524 compared", the longest, keeps the title within 70 characters.
      title: pageTitle(`${title} compared`),
      headline: title,
      path,
      url,
      image,
      crumbs,
      data,
    }),
  };
}

/** A link to a comparison, as the index and the code pages list it. */
export interface ComparisonLink {
  title: string;
  question: string;
  path: string;
}

export interface CompareIndexView<Comparison extends ComparisonView = ComparisonView> {
  title: string;
  path: string;
  image: SocialImage;
  comparisons: Comparison[];
  /** Code -> the comparisons it is part of, for the "Compared in" line on its page. */
  byCode: ReadonlyMap<number, ComparisonLink[]>;
  crumbs: Crumb[];
  searchAttributes: Record<string, string>;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

export function compareIndexView<Comparison extends ComparisonView>(
  comparisons: Comparison[],
): CompareIndexView<Comparison> {
  const path = compareIndexPath();
  const byCode = new Map<number, ComparisonLink[]>();
  for (const view of comparisons)
    for (const code of view.data.codes)
      byCode.set(code, [
        ...(byCode.get(code) ?? []),
        { title: view.title, question: view.data.question, path: view.path },
      ]);
  const crumbs = [crumb(SITE_NAME, homePath()), crumb(COMPARE_INDEX_TITLE, path)];
  const description =
    'Codes people confuse, side by side: 401 or 403, 400 or 422, which redirect, which 5xx, with worked examples and the common mistakes.';
  const image = socialImage('compare', {
    number: '',
    title: COMPARE_INDEX_TITLE,
    text: description,
    footer: comparisons
      .map((view) => view.title)
      .slice(0, 3)
      .join(' · '),
    accent: PALETTE.accent.light,
  });
  return {
    title: COMPARE_INDEX_TITLE,
    path,
    image,
    comparisons,
    byCode,
    crumbs,
    searchAttributes: searchAttributes({
      kind: 'comparison',
      code: '',
      name: COMPARE_INDEX_TITLE,
      formerNames: [],
      terms: ['status code comparison', 'which status code', 'difference between status codes'],
      cls: null,
      registration: null,
    }),
    head: pageHead({ title: pageTitle(COMPARE_INDEX_TITLE), description, path, image, type: 'website' }),
    jsonLd: [breadcrumbList(crumbs)],
  };
}
