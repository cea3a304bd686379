/**
 * The one place pages get their data from: loads the content collections once per build and turns
 * every entry into its view. The content itself was checked before the build began
 * (src/integrations/content-check.ts), so this only reads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CLASSES } from '../content/classes.ts';
import { EDIT_URL, HTTPBIN_SERVER } from '../site/config.ts';
import { NOT_FOUND_ROUTE } from '../../integrations/not-found-page.ts';
import { classView, type ClassView } from './class.ts';
import { codeView, type CodeView } from './code.ts';
import { errorsIndexView, errorView, type ErrorsIndexView, type ErrorView } from './error.ts';
import { homeView, notFoundView, type HomeView, type NotFoundView } from './home.ts';
import { compareIndexView, comparisonView, type CompareIndexView, type ComparisonView } from './compare.ts';
import { guideView, type GuideView } from './choose.ts';

export type CodeEntry = CollectionEntry<'codes'>;
export type ClassEntry = CollectionEntry<'classes'>;
export type CodePage = CodeView<CodeEntry>;
export type ClassPage = ClassView<ClassEntry, CodePage>;
export type ComparisonPage = ComparisonView<CollectionEntry<'compare'>>;
export type ErrorEntry = CollectionEntry<'errors'>;
export type ErrorPage = ErrorView<ErrorEntry>;

export interface SiteViews {
  /** Every code, ascending. */
  codes: CodePage[];
  classes: ClassPage[];
  home: HomeView<ClassPage>;
  notFound: NotFoundView;
  /** The comparison pages, in the order of their codes, and the index that lists them. */
  compare: CompareIndexView<ComparisonPage>;
  /** The decision guide's steps. */
  guide: GuideView;
  /** Every error that is not a status code, and their index at /errors/. */
  errors: ErrorsIndexView<ErrorPage>;
}

async function buildViews(): Promise<SiteViews> {
  const entries = (await getCollection('codes')).sort((a, b) => a.data.code - b.data.code);
  const prose = new Map((await getCollection('classes')).map((entry) => [entry.id, entry]));
  const names = new Map(entries.map(({ data }) => [data.code, data.name]));
  const codes = entries.map((entry) => codeView(entry, { names, httpbinServer: HTTPBIN_SERVER, editBase: EDIT_URL }));
  const classes = CLASSES.map((cls) => {
    const entry = prose.get(cls.id);
    if (!entry) throw new Error(`content/classes/${cls.id}.mdx is missing: every class needs its explanation`);
    return classView(cls, entry, codes);
  });
  const byNumber = new Map(codes.map((view) => [view.code, view]));
  const comparisons = (await getCollection('compare'))
    .map((entry) => comparisonView(entry, byNumber))
    .sort((a, b) => a.data.codes.join().localeCompare(b.data.codes.join(), 'en', { numeric: true }));
  const compare = compareIndexView(comparisons);
  const guide = guideView(await getCollection('choose'), byNumber, new Map(comparisons.map((view) => [view.id, view])));
  const errorEntries = await getCollection('errors');
  const titles = new Map(errorEntries.map((entry) => [entry.id, entry.data.title]));
  const errors = errorsIndexView(errorEntries.map((entry) => errorView(entry, { names, titles })));
  return {
    codes,
    classes,
    home: homeView(classes),
    notFound: notFoundView(codes, NOT_FOUND_ROUTE),
    compare,
    guide,
    errors,
  };
}

let views: Promise<SiteViews> | undefined;

/** Every view of the site, built once per build and shared by every route. */
export function getSiteViews(): Promise<SiteViews> {
  views ??= buildViews();
  return views;
}

/** getStaticPaths of the routes that exist once per code (/409/, /409.json). */
export const codeRoutes = async () =>
  (await getSiteViews()).codes.map((view) => ({ params: { code: String(view.code) }, props: { view } }));
