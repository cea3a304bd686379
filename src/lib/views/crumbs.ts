/** The trail from the home page to a page, shared by the visible breadcrumb and BreadcrumbList JSON-LD. */
import type { StatusClass } from '../content/classes.ts';
import { SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, classPath, homePath } from '../site/urls.ts';

export interface Crumb {
  /** The link text. */
  name: string;
  /** Path inside the site, base included. */
  path: string;
  /** Absolute URL. */
  url: string;
}

export const crumb = (name: string, path: string): Crumb => ({ name, path, url: absoluteUrl(path) });

/** Home, then the class, then `page` when there is one below the class. */
export function crumbsTo(cls: StatusClass, page?: { name: string; path: string }): Crumb[] {
  return [
    crumb(SITE_NAME, homePath()),
    crumb(`${cls.id} ${cls.name}`, classPath(cls.id)),
    ...(page ? [crumb(page.name, page.path)] : []),
  ];
}
