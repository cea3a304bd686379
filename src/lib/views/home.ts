/** The pages that are about the site rather than one code or class: the home page and the not-found page. */
import { SITE_CARD, socialImage } from '../seo/social-card.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { webSite, type JsonLdNode } from '../seo/json-ld.ts';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, homePath, pathWithBase } from '../site/urls.ts';
import type { StatusClass } from '../content/classes.ts';
import type { Badge } from '../content/labels.ts';
import type { ClassView } from './class.ts';
import type { CodeView } from './code.ts';

/** One code in the home page's grid. */
export interface HomeEntry {
  code: number;
  name: string;
  path: string;
  summary: string;
  /** Unofficial, temporary, obsolete or unused, in one word to fit the grid; null for a standard code. */
  badge: Badge | null;
  /** What the filter also matches that the entry does not show: former names ("Payload Too Large"), the vendor. */
  terms: string;
}

/** A class on the home page, with every one of its codes, registered or not, ascending. */
export interface HomeGroup {
  cls: StatusClass;
  path: string;
  /** The grid's entries. */
  entries: HomeEntry[];
  /** The same codes for the list with summaries (src/components/CodeList.astro). */
  codes: CodeView[];
}

export interface HomeView<Class extends ClassView = ClassView> {
  classes: Class[];
  groups: HomeGroup[];
  /** How many codes the grid shows, for the introduction. */
  total: number;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

const homeEntry = ({ code, data, path, badge, registration }: CodeView): HomeEntry => ({
  code,
  name: data.name,
  path,
  summary: data.summary,
  // The code page's badge names the vendor ("Unofficial · nginx"): too long for a grid cell.
  badge: badge && registration === 'unofficial' ? { label: 'Unofficial', title: badge.label } : badge,
  terms: [...data.formerNames, data.vendor?.name ?? ''].filter(Boolean).join(' '),
});

/** The site's own preview card, for every page that has none of its own. */
export const siteImage = () => socialImage('site', SITE_CARD);

export function homeView<Class extends ClassView>(classes: Class[]): HomeView<Class> {
  const groups = classes.map(({ cls, path, registered, unofficial }) => {
    const codes = [...registered, ...unofficial].sort((a, b) => a.code - b.code);
    return { cls, path, entries: codes.map(homeEntry), codes };
  });
  return {
    classes,
    groups,
    total: groups.reduce((sum, group) => sum + group.entries.length, 0),
    head: pageHead({
      title: 'HTTP status codes – what each code means and how to fix it',
      description: SITE_DESCRIPTION,
      path: homePath(),
      image: siteImage(),
      type: 'website',
    }),
    jsonLd: [webSite({ name: SITE_NAME, url: absoluteUrl(homePath()), description: SITE_DESCRIPTION })],
  };
}

export interface NotFoundView {
  /** Every known code with its name: the page reads a code out of the address it was asked for. */
  known: (readonly [number, string])[];
  head: HeadTag[];
}

export function notFoundView(codes: readonly CodeView[], route: string): NotFoundView {
  return {
    known: codes.map((view) => [view.code, view.data.name] as const),
    head: pageHead({
      title: pageTitle('Page not found'),
      description: 'This page does not exist. Find the status code you were looking for.',
      path: pathWithBase(`${route}/`),
      image: siteImage(),
      type: 'website',
      noindex: true,
    }),
  };
}
