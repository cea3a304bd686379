import { describe, expect, it } from 'vitest';
import { withSite } from '../../support/site-env.ts';

const { pageHead, PALETTE, THEME_SCRIPT, image } = await withSite(async () => {
  const { pageHead } = await import('../../../src/lib/seo/head.ts');
  const { PALETTE } = await import('../../../src/lib/seo/palette.ts');
  const { THEME_SCRIPT } = await import('../../../src/lib/seo/theme-script.ts');
  const { socialImage, SITE_CARD } = await import('../../../src/lib/seo/social-card.ts');
  return { pageHead, PALETTE, THEME_SCRIPT, image: socialImage('409', SITE_CARD) };
});

type Tags = ReturnType<typeof pageHead>;

const PAGE = {
  title: '409 Conflict – HTTP status code reference',
  description: 'The request clashes with the current state of the resource.',
  path: '/docs/409/',
  image,
  type: 'article' as const,
  modified: new Date('2026-11-25T00:00:00Z'),
};

/** The value of the first tag whose `attr` is `value`, e.g. the content of meta[property=og:url]. */
const find = (tags: Tags, attr: string, value: string, read = 'content') =>
  tags.find((tag) => tag.attrs[attr] === value)?.attrs[read];

describe('head tags', () => {
  it('start with the charset and viewport, then the title', () => {
    const tags = pageHead(PAGE);
    expect(tags.slice(0, 3).map((t) => t.attrs['charset'] ?? t.attrs['name'] ?? t.tag)).toEqual([
      'utf-8',
      'viewport',
      'title',
    ]);
    expect(tags[2]?.content).toBe(PAGE.title);
  });

  it('give an absolute canonical URL from the site, base included', () => {
    const tags = pageHead(PAGE);
    expect(find(tags, 'rel', 'canonical', 'href')).toBe('https://example.org/docs/409/');
    expect(find(tags, 'property', 'og:url')).toBe('https://example.org/docs/409/');
  });

  it('describe the page for Open Graph and Twitter with the absolute image URL', () => {
    const tags = pageHead(PAGE);
    expect(find(tags, 'property', 'og:image')).toBe('https://example.org/docs/og/409.png');
    expect(find(tags, 'name', 'twitter:image')).toBe('https://example.org/docs/og/409.png');
    expect(find(tags, 'property', 'og:image:alt')).toBe(image.alt);
    expect(find(tags, 'property', 'og:image:width')).toBe('1200');
    expect(find(tags, 'property', 'og:type')).toBe('article');
    expect(find(tags, 'property', 'article:modified_time')).toBe('2026-11-25');
    expect(find(tags, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  it('link the favicon and sitemap under the base and set a theme colour per scheme', () => {
    const tags = pageHead(PAGE);
    expect(find(tags, 'rel', 'icon', 'href')).toBe('/docs/favicon.svg');
    expect(find(tags, 'rel', 'sitemap', 'href')).toBe('https://example.org/docs/sitemap-index.xml');
    expect(tags.filter((t) => t.attrs['name'] === 'theme-color').map((t) => t.attrs['content'])).toEqual([
      PALETTE.bg.light,
      PALETTE.bg.dark,
    ]);
  });

  it('include the pre-paint theme script', () => {
    expect(pageHead(PAGE).filter((t) => t.tag === 'script')).toEqual([
      { tag: 'script', attrs: {}, content: THEME_SCRIPT },
    ]);
  });

  it('give a page that must not be indexed no canonical URL', () => {
    const tags = pageHead({ ...PAGE, type: 'website', modified: undefined, noindex: true });
    expect(find(tags, 'name', 'robots')).toBe('noindex');
    expect(find(tags, 'rel', 'canonical', 'href')).toBeUndefined();
    expect(find(tags, 'property', 'og:url')).toBeUndefined();
    expect(find(tags, 'property', 'article:modified_time')).toBeUndefined();
  });
});
