/**
 * What an article page with an FAQ publishes about itself (a code, comparison or error page): its
 * head tags, and JSON-LD with one TechArticle, its breadcrumbs and the FAQ word for word.
 */
import type { CodeData } from '../content/schema.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, faqPage, techArticle, type JsonLdNode } from '../seo/json-ld.ts';
import type { SocialImage } from '../seo/social-card.ts';
import { absoluteUrl, homePath } from '../site/urls.ts';
import type { Crumb } from './crumbs.ts';

export interface Article {
  /** The document title, the site's name included. */
  title: string;
  /** The visible heading. */
  headline: string;
  description: string;
  path: string;
  /** The page's absolute URL. */
  url: string;
  image: SocialImage;
  modified: Date;
  crumbs: Crumb[];
  faq: CodeData['faq'];
}

export function articleMeta(article: Article): { head: HeadTag[]; jsonLd: JsonLdNode[] } {
  const { title, headline, description, path, url, image, modified, crumbs, faq } = article;
  return {
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
