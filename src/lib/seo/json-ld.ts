/**
 * Structured data (schema.org JSON-LD) built as plain objects from the same facts the page shows,
 * so the markup can never say something the reader cannot see. The views (src/lib/views/) choose
 * the nodes of each page; src/components/JsonLd.astro writes them out.
 */
import { inlinePlain } from '../content/markdown.ts';
import type { CodeData } from '../content/schema.ts';
import { isoDate } from '../site/dates.ts';

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
    dateModified: isoDate(facts.dateModified),
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
