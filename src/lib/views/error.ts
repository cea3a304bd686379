/**
 * Everything the site shows or publishes about one error that is not a status code, and about the
 * list of them at /errors/, computed once per build from the content entries: the pages, the
 * search metadata, the head, the JSON-LD and the preview image read this and compute nothing.
 */
import { exampleGroups, type ExampleGroup } from '../code-tabs/groups.ts';
import { classOf, type StatusClass } from '../content/classes.ts';
import type { Layer, ErrorData } from '../errors/schema.ts';
import { searchAttributes } from '../search/meta.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, type JsonLdNode } from '../seo/json-ld.ts';
import { socialImage, type SocialImage } from '../seo/social-card.ts';
import { PALETTE } from '../seo/palette.ts';
import { pageTitle, SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, codePath, errorPath, errorsPath, homePath } from '../site/urls.ts';
import type { RelatedCode } from './code.ts';
import { articleMeta, type ArticleView } from './article.ts';
import { crumb } from './crumbs.ts';

/** What a view is built from: a content entry (its id is the slug), or anything shaped like one. */
export interface ErrorSource {
  id: string;
  data: ErrorData;
}

/** The name of the /errors/ index, its breadcrumb and its heading. */
export const ERRORS_TITLE = 'Errors that are not status codes';

/** How each layer reads in the sentence "Produced by the …". */
const LAYER_LABELS: Record<Layer, string> = {
  browser: 'the browser',
  'client library': 'the client program or library',
  'operating system': "the operating system's network stack",
  'proxy or CDN': 'a proxy or CDN in front of the server',
  'load balancer': 'a load balancer',
};

export interface SeeAlso {
  title: string;
  path: string;
}

export interface ErrorView<Entry extends ErrorSource = ErrorSource> extends ArticleView {
  entry: Entry;
  data: ErrorData;
  slug: string;
  title: string;
  path: string;
  url: string;
  /** "the browser", "a proxy or CDN in front of the server". */
  layer: string;
  /** The status the response arrives with, linked; null when no HTTP response arrived. */
  httpStatus: RelatedCode | null;
  /** The class the response's status belongs to, for the page accent; null without one. */
  cls: StatusClass | null;
  statusCodes: RelatedCode[];
  seeAlso: SeeAlso[];
  /** The examples, grouped by side for the tabs, as on code pages. */
  exampleGroups: ExampleGroup[];
}

export interface ErrorViewContext {
  /** Every code's name, for the status codes involved. */
  names: ReadonlyMap<number, string>;
  /** Every error page's title by slug, for the see-also links. */
  titles: ReadonlyMap<string, string>;
}

const errorsCrumbs = () => [crumb(SITE_NAME, homePath()), crumb(ERRORS_TITLE, errorsPath())];

const relatedCode = (code: number, note: string, names: ReadonlyMap<number, string>): RelatedCode => ({
  code,
  name: names.get(code) ?? '',
  cls: classOf(code),
  path: codePath(code),
  note,
});

export function errorView<Entry extends ErrorSource>(entry: Entry, context: ErrorViewContext): ErrorView<Entry> {
  const { data, id: slug } = entry;
  const path = errorPath(slug);
  const url = absoluteUrl(path);
  const statusCodes = data.statusCodes.map(({ code, note }) => relatedCode(code, note, context.names));
  const httpStatus = statusCodes.find(({ code }) => code === data.httpStatus) ?? null;
  const image = socialImage(`error-${slug}`, {
    number: '',
    title: data.title,
    text: data.summary,
    footer: ERRORS_TITLE,
    accent: PALETTE.accent.light,
  });
  const crumbs = [...errorsCrumbs(), crumb(data.title, path)];
  return {
    entry,
    data,
    slug,
    title: data.title,
    path,
    url,
    layer: LAYER_LABELS[data.layer],
    httpStatus,
    cls: httpStatus?.cls ?? null,
    statusCodes,
    seeAlso: data.seeAlso.map((other) => ({ title: context.titles.get(other) ?? other, path: errorPath(other) })),
    exampleGroups: exampleGroups(data.examples),
    sources: data.sources,
    searchAttributes: searchAttributes({
      kind: 'error',
      code: '',
      name: data.title,
      formerNames: [],
      terms: [...data.messages.map((m) => m.text), ...data.searchTerms],
      cls: httpStatus?.cls.id ?? null,
      registration: null,
    }),
    ...articleMeta({
      title: pageTitle(data.title),
      headline: data.title,
      path,
      url,
      image,
      crumbs,
      data,
    }),
  };
}

export interface ErrorsIndexView<Error extends ErrorView = ErrorView> {
  title: string;
  path: string;
  /** Every error page, in the order of their titles. */
  errors: Error[];
  image: SocialImage;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

export const ERRORS_SUMMARY =
  'Status 0, 000, Failed to fetch, CORS, ERR_* and Cloudflare 1xxx: what each means, which layer sent it, and how to fix it.';

export function errorsIndexView<Error extends ErrorView>(errors: readonly Error[]): ErrorsIndexView<Error> {
  const path = errorsPath();
  const image = socialImage('errors', {
    number: '',
    title: ERRORS_TITLE,
    text: ERRORS_SUMMARY,
    footer: SITE_NAME,
    accent: PALETTE.accent.light,
  });
  return {
    title: ERRORS_TITLE,
    path,
    errors: [...errors].sort((a, b) => a.title.localeCompare(b.title, 'en')),
    image,
    head: pageHead({ title: pageTitle(ERRORS_TITLE), description: ERRORS_SUMMARY, path, image, type: 'website' }),
    jsonLd: [breadcrumbList(errorsCrumbs())],
  };
}
