/** Everything a class page (/4xx/) shows or publishes, computed once per build. */
import type { StatusClass } from '../content/classes.ts';
import { searchAttributes } from '../search/meta.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, type JsonLdNode } from '../seo/json-ld.ts';
import { classCard, socialImage, type SocialImage } from '../seo/social-card.ts';
import { pageTitle } from '../site/identity.ts';
import { classPath } from '../site/urls.ts';
import type { CodeView } from './code.ts';
import type { Source } from './article.ts';
import { crumbsTo, type Crumb } from './crumbs.ts';

export interface ClassView<Entry = unknown, Code extends CodeView = CodeView> {
  /** The class's explanation (content/classes/4xx.mdx). */
  entry: Entry;
  cls: StatusClass;
  /** "4xx Client Error" */
  title: string;
  path: string;
  /** The RFC 9110 section that defines the class. */
  spec: Source;
  /** Codes in the IANA registry, then the unofficial ones, each ascending. */
  registered: Code[];
  unofficial: Code[];
  image: SocialImage;
  /** Home, then the class: the visible breadcrumb and the BreadcrumbList JSON-LD. */
  crumbs: Crumb[];
  searchAttributes: Record<string, string>;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

export function classView<Entry, Code extends CodeView>(
  cls: StatusClass,
  entry: Entry,
  codes: readonly Code[],
): ClassView<Entry, Code> {
  const title = `${cls.id} ${cls.name}`;
  const path = classPath(cls.id);
  const inClass = codes.filter((view) => view.cls.id === cls.id);
  const image = socialImage(cls.id, classCard(cls));
  const crumbs = crumbsTo(cls);
  return {
    entry,
    cls,
    title,
    path,
    spec: { title: `RFC 9110, section ${cls.section}`, url: cls.url },
    registered: inClass.filter((view) => view.registration === 'registered'),
    unofficial: inClass.filter((view) => view.registration === 'unofficial'),
    image,
    crumbs,
    searchAttributes: searchAttributes({
      kind: 'class',
      code: cls.id,
      name: cls.name,
      formerNames: [],
      terms: [],
      cls: cls.id,
      registration: null,
    }),
    head: pageHead({
      title: pageTitle(title),
      description: cls.summary,
      path,
      image,
      type: 'website',
    }),
    jsonLd: [breadcrumbList(crumbs)],
  };
}
