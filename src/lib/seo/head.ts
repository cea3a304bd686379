/**
 * Everything in a page's <head>, built as data (after withastro/starlight utils/head.ts) so it can
 * be tested without rendering. src/components/Head.astro writes the tags out.
 */
import { isoDate } from '../site/dates.ts';
import { SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, pathWithBase } from '../site/urls.ts';
import { PALETTE } from './palette.ts';
import { SOCIAL_IMAGE, type SocialImage } from './social-card.ts';
import { SITEMAP_FILE } from './sitemap.ts';
import { THEME_SCRIPT } from './theme-script.ts';

export interface HeadTag {
  tag: 'meta' | 'link' | 'title' | 'script';
  attrs: Record<string, string>;
  /** Text of <title>, or the source of an inline <script>. */
  content?: string;
}

export interface PageMeta {
  title: string;
  description: string;
  /** The page's path as served, base included ("/409/", "/docs/409/"). */
  path: string;
  image: SocialImage;
  /** "article" for a code page, "website" for everything else. */
  type: 'article' | 'website';
  /** When the content last changed (code pages). */
  modified?: Date | undefined;
  /** For the not-found page: it has no canonical URL and asks not to be indexed. */
  noindex?: boolean | undefined;
}

const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

export function pageHead(page: PageMeta): HeadTag[] {
  const url = absoluteUrl(page.path);
  return [
    meta({ charset: 'utf-8' }),
    meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    { tag: 'title', attrs: {}, content: page.title },
    meta({ name: 'description', content: page.description }),
    page.noindex ? meta({ name: 'robots', content: 'noindex' }) : link({ rel: 'canonical', href: url }),
    link({ rel: 'icon', href: pathWithBase('favicon.svg'), type: 'image/svg+xml' }),
    link({ rel: 'sitemap', href: absoluteUrl(pathWithBase(SITEMAP_FILE)) }),
    ...(['light', 'dark'] as const).map((scheme) =>
      meta({ name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: PALETTE.bg[scheme] }),
    ),
    { tag: 'script', attrs: {}, content: THEME_SCRIPT },
    meta({ property: 'og:type', content: page.type }),
    meta({ property: 'og:site_name', content: SITE_NAME }),
    meta({ property: 'og:title', content: page.title }),
    meta({ property: 'og:description', content: page.description }),
    // The not-found page is served at every unknown address: it has no URL of its own.
    ...(page.noindex ? [] : [meta({ property: 'og:url', content: url })]),
    meta({ property: 'og:image', content: page.image.url }),
    meta({ property: 'og:image:type', content: SOCIAL_IMAGE.type }),
    meta({ property: 'og:image:width', content: String(SOCIAL_IMAGE.width) }),
    meta({ property: 'og:image:height', content: String(SOCIAL_IMAGE.height) }),
    meta({ property: 'og:image:alt', content: page.image.alt }),
    ...(page.modified ? [meta({ property: 'article:modified_time', content: isoDate(page.modified) })] : []),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:title', content: page.title }),
    meta({ name: 'twitter:description', content: page.description }),
    meta({ name: 'twitter:image', content: page.image.url }),
    meta({ name: 'twitter:image:alt', content: page.image.alt }),
  ];
}
