import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pageHead, type HeadTag, type PageMeta } from '../../src/lib/head.ts';
import { CLASS_COLOURS, PALETTE } from '../../src/lib/palette.ts';
import { THEME_SCRIPT } from '../../src/lib/theme-script.ts';
import { ROOT } from '../support/build.ts';

const SITE = { url: 'https://example.org', base: '/docs/' };
const PAGE: PageMeta = {
  title: '409 Conflict – HTTP status code reference',
  description: 'The request clashes with the current state of the resource.',
  path: '/docs/409/',
  image: { path: 'og/409.png', alt: '409 Conflict: the card' },
  type: 'article',
  modified: new Date('2026-11-25T00:00:00Z'),
};

/** The value of the first tag matching `attr=value`, e.g. content of meta[property=og:url]. */
function find(tags: HeadTag[], attr: string, value: string, read = 'content'): string | undefined {
  return tags.find((tag) => tag.attrs[attr] === value)?.attrs[read];
}

describe('head tags', () => {
  it('starts with the charset and viewport, then the title', () => {
    const tags = pageHead(PAGE, SITE);
    expect(tags.slice(0, 3).map((t) => t.attrs['charset'] ?? t.attrs['name'] ?? t.tag)).toEqual([
      'utf-8',
      'viewport',
      'title',
    ]);
    expect(tags[2]?.content).toBe(PAGE.title);
  });

  it('gives an absolute canonical URL from the site, base included', () => {
    const tags = pageHead(PAGE, SITE);
    expect(find(tags, 'rel', 'canonical', 'href')).toBe('https://example.org/docs/409/');
    expect(find(tags, 'property', 'og:url')).toBe('https://example.org/docs/409/');
  });

  it('describes the page for Open Graph and Twitter with an absolute image URL', () => {
    const tags = pageHead(PAGE, SITE);
    expect(find(tags, 'name', 'description')).toBe(PAGE.description);
    expect(find(tags, 'property', 'og:title')).toBe(PAGE.title);
    expect(find(tags, 'property', 'og:description')).toBe(PAGE.description);
    expect(find(tags, 'property', 'og:type')).toBe('article');
    expect(find(tags, 'property', 'og:image')).toBe('https://example.org/docs/og/409.png');
    expect(find(tags, 'property', 'og:image:width')).toBe('1200');
    expect(find(tags, 'property', 'og:image:alt')).toBe(PAGE.image.alt);
    expect(find(tags, 'property', 'article:modified_time')).toBe('2026-11-25');
    expect(find(tags, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(find(tags, 'name', 'twitter:image')).toBe('https://example.org/docs/og/409.png');
  });

  it('links the favicon and sitemap under the base and sets a theme colour per scheme', () => {
    const tags = pageHead(PAGE, SITE);
    expect(find(tags, 'rel', 'icon', 'href')).toBe('/docs/favicon.svg');
    expect(find(tags, 'rel', 'sitemap', 'href')).toBe('https://example.org/docs/sitemap-index.xml');
    expect(tags.filter((t) => t.attrs['name'] === 'theme-color').map((t) => t.attrs['content'])).toEqual([
      PALETTE.bg.light,
      PALETTE.bg.dark,
    ]);
  });

  it('includes the pre-paint theme script', () => {
    expect(pageHead(PAGE, SITE).filter((t) => t.tag === 'script')).toEqual([
      { tag: 'script', attrs: {}, content: THEME_SCRIPT },
    ]);
  });

  it('gives a page that must not be indexed no canonical URL', () => {
    const tags = pageHead({ ...PAGE, type: 'website', modified: undefined, noindex: true }, SITE);
    expect(find(tags, 'name', 'robots')).toBe('noindex');
    expect(find(tags, 'rel', 'canonical', 'href')).toBeUndefined();
    expect(find(tags, 'property', 'og:url')).toBeUndefined();
    expect(find(tags, 'property', 'article:modified_time')).toBeUndefined();
  });
});

describe('palette', () => {
  it('matches the light-dark() tokens of src/styles/global.css', async () => {
    const css = await readFile(`${ROOT}src/styles/global.css`, 'utf8');
    const token = (name: string) => {
      const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`).exec(css);
      return match ? { light: match[1], dark: match[2] } : `no --${name} token`;
    };
    const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const [name, colour] of Object.entries(PALETTE)) expect(token(kebab(name)), name).toEqual(colour);
    for (const [id, colour] of Object.entries(CLASS_COLOURS)) expect(token(`c${id[0]}`), id).toEqual(colour);
  });
});
