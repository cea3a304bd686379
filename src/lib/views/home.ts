/** The pages that are about the site rather than one code or class: the home page and the not-found page. */
import { SITE_CARD, socialImage } from '../seo/social-card.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { webSite, type JsonLdNode } from '../seo/json-ld.ts';
import { pageTitle, SITE_DESCRIPTION, SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, homePath, pathWithBase } from '../site/urls.ts';
import type { ClassView } from './class.ts';
import type { CodeView } from './code.ts';

export interface HomeView<Class extends ClassView = ClassView> {
  classes: Class[];
  /** Every unofficial code, ascending, listed apart from the classes. */
  unofficial: CodeView[];
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

/** The site's own preview card, for every page that has none of its own. */
export const siteImage = () => socialImage('site', SITE_CARD);

export function homeView<Class extends ClassView>(classes: Class[]): HomeView<Class> {
  return {
    classes,
    unofficial: classes.flatMap((view) => view.unofficial),
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
