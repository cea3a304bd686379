/**
 * Structured data (schema.org JSON-LD) built as plain objects from the same facts the page shows,
 * so the markup can never say something the reader cannot see. Rendered by src/components/JsonLd.astro.
 */
import type { CodeData } from './schema.ts';
import { classOf, type StatusClass } from './classes.ts';
import { inlinePlain } from './inline-markdown.ts';
import { classPath, codePath, homePath, withBase } from './paths.ts';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME, type SiteMeta } from './site.ts';
import { socialImagePath } from './social-card.ts';

export interface JsonLdNode {
  '@type': string;
  [property: string]: unknown;
}

export interface Crumb {
  name: string;
  /** Absolute URL. */
  url: string;
}

export function webSite(site: { name: string; url: string; description: string }): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'en',
  };
}

export function breadcrumbList(crumbs: Crumb[]): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface ArticleFacts {
  headline: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the preview image. */
  image: string;
  dateModified: Date;
  /** Absolute URL of the home page, whose WebSite node this article belongs to. */
  siteUrl: string;
}

export function techArticle(facts: ArticleFacts): JsonLdNode {
  return {
    '@type': 'TechArticle',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    image: facts.image,
    dateModified: facts.dateModified.toISOString().slice(0, 10),
    inLanguage: 'en',
    isPartOf: { '@id': `${facts.siteUrl}#website` },
  };
}

/** The answers are the text a reader sees, with the inline Markdown rendered away. */
export function faqPage(faq: CodeData['faq'], url: string): JsonLdNode {
  return {
    '@type': 'FAQPage',
    url,
    mainEntity: faq.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: inlinePlain(answer) },
    })),
  };
}

/** Home, then the class, then the code: the names are the link texts the page shows. */
export function breadcrumbs(site: SiteMeta, cls: StatusClass, code?: Pick<CodeData, 'code' | 'name'>): Crumb[] {
  const crumbs = [
    { name: SITE_NAME, url: absoluteUrl(site, homePath(site.base)) },
    { name: `${cls.id} ${cls.name}`, url: absoluteUrl(site, classPath(site.base, cls.id)) },
  ];
  return code
    ? [...crumbs, { name: `${code.code} ${code.name}`, url: absoluteUrl(site, codePath(site.base, code.code)) }]
    : crumbs;
}

export function homePageJsonLd(site: SiteMeta): JsonLdNode[] {
  return [webSite({ name: SITE_NAME, url: absoluteUrl(site, homePath(site.base)), description: SITE_DESCRIPTION })];
}

export function classPageJsonLd(site: SiteMeta, cls: StatusClass): JsonLdNode[] {
  return [breadcrumbList(breadcrumbs(site, cls))];
}

/** A code page: the article, its place in the site, and its FAQ. */
export function codePageJsonLd(site: SiteMeta, data: CodeData): JsonLdNode[] {
  const url = absoluteUrl(site, codePath(site.base, data.code));
  return [
    techArticle({
      headline: `${data.code} ${data.name}`,
      description: data.summary,
      url,
      image: absoluteUrl(site, withBase(site.base, socialImagePath(String(data.code)))),
      dateModified: data.lastUpdated,
      siteUrl: absoluteUrl(site, homePath(site.base)),
    }),
    breadcrumbList(breadcrumbs(site, classOf(data.code), data)),
    faqPage(data.faq, url),
  ];
}

/**
 * One JSON-LD document for a page. `<`, `>` and `&` are written as \u escapes, so no text in the
 * data can close the <script> element or open a comment; JSON parsers read them back unchanged.
 */
export function serializeJsonLd(nodes: JsonLdNode[]): string {
  const document = { '@context': 'https://schema.org', '@graph': nodes };
  return JSON.stringify(document).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
