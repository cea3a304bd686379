/**
 * What every article page with an FAQ (a code, comparison or error page) has in common: the fields
 * its view carries for the layout, and what it publishes about itself: head tags, and JSON-LD with
 * one TechArticle, its breadcrumbs and the FAQ word for word.
 */
import type { CodeData } from '../content/schema.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, faqPage, techArticle, type JsonLdNode } from '../seo/json-ld.ts';
import type { SocialImage } from '../seo/social-card.ts';
import { formatDate, isoDate } from '../site/dates.ts';
import { absoluteUrl, homePath } from '../site/urls.ts';
import type { Crumb } from './crumbs.ts';

export interface Source {
  title: string;
  url: string;
}

/** The fields every article view has, whatever else its page shows. */
export interface ArticleView {
  /** The documents the page rests on, listed at its end. */
  sources: Source[];
  image: SocialImage;
  lastUpdated: { iso: string; label: string };
  crumbs: Crumb[];
  searchAttributes: Record<string, string>;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

/** The frontmatter every article has: its summary, its date and its FAQ. */
export interface ArticleData {
  /** The lede, the meta description and the JSON-LD description. */
  summary: string;
  lastUpdated: Date;
  faq: CodeData['faq'];
}

export interface Article {
  /** The document title, the site's name included. */
  title: string;
  /** The visible heading. */
  headline: string;
  path: string;
  /** The page's absolute URL. */
  url: string;
  image: SocialImage;
  crumbs: Crumb[];
  data: ArticleData;
}

/** The article's fields that follow from its metadata alone; the view adds its sources and search attributes. */
export function articleMeta(
  article: Article,
): Pick<ArticleView, 'image' | 'lastUpdated' | 'crumbs' | 'head' | 'jsonLd'> {
  const { title, headline, path, url, image, crumbs } = article;
  const { summary: description, lastUpdated: modified, faq } = article.data;
  return {
    image,
    lastUpdated: { iso: isoDate(modified), label: formatDate(modified) },
    crumbs,
    head: pageHead({ title, description, path, image, type: 'article', modified }),
    jsonLd: [
      techArticle({
        headline,
        description,
        url,
        image: image.url,
        dateModified: modified,
        siteUrl: absoluteUrl(homePath()),
      }),
      breadcrumbList(crumbs),
      faqPage(faq, url),
    ],
  };
}
