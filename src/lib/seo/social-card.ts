/**
 * The social preview image of a page (Open Graph / Twitter card), described as a tree of elements
 * for satori. Pure data: ./social-image.ts draws it at build time.
 */
import type { StatusClass } from '../content/classes.ts';
import type { Badge } from '../content/labels.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../site/identity.ts';
import { absoluteUrl, pathWithBase } from '../site/urls.ts';
import { CLASS_COLOURS, PALETTE } from './palette.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

export interface CardContent {
  /** Big, in the accent colour: "409", "4xx"; empty for the site card. */
  number: string;
  title: string;
  text: string;
  /** The line at the bottom: class and status. */
  footer: string;
  accent: string;
}

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children: string | CardNode[] };
}

const div = (style: CardNode['props']['style'], children: string | CardNode[]): CardNode => ({
  type: 'div',
  props: { style, children },
});

/** What a code's card shows; the fields are the code's own view (src/lib/views/code.ts). */
export interface CodeCardFacts {
  code: number;
  name: string;
  summary: string;
  cls: StatusClass;
  badge: Badge | null;
}

export function codeCard({ code, name, summary, cls, badge }: CodeCardFacts): CardContent {
  return {
    number: String(code),
    title: name,
    text: summary,
    footer: [`${cls.id} ${cls.name}`, badge?.label].filter(Boolean).join(' · '),
    accent: CLASS_COLOURS[cls.id].light,
  };
}

export function classCard(cls: StatusClass): CardContent {
  return {
    number: cls.id,
    title: cls.name,
    text: cls.summary,
    footer: `RFC 9110, section ${cls.section}`,
    accent: CLASS_COLOURS[cls.id].light,
  };
}

export const SITE_CARD: CardContent = {
  number: '',
  title: SITE_NAME,
  text: SITE_DESCRIPTION,
  footer: '1xx · 2xx · 3xx · 4xx · 5xx',
  accent: PALETTE.accent.light,
};

/** The text alternative of the image: what it says, in one line. */
const cardAlt = (card: CardContent) => [card.number, card.title].filter(Boolean).join(' ') + `: ${card.text}`;

/** Long names get a smaller title so they stay on two lines. */
const titleSize = (title: string) => (title.length > 26 ? 56 : 72);

export function cardTree(card: CardContent): CardNode {
  const border = 16;
  const text = (style: CardNode['props']['style'], children: string) => div({ display: 'flex', ...style }, children);
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      // border-box: the top border counts towards the 56px top margin.
      padding: `${56 - border}px 72px 56px`,
      background: PALETTE.bg.light,
      borderTop: `${border}px solid ${card.accent}`,
      color: PALETTE.fg.light,
      fontFamily: 'Inter',
    },
    [
      // The site card's title is the site name already.
      ...(card.title === SITE_NAME
        ? []
        : [text({ fontSize: 30, fontWeight: 700, color: PALETTE.fgMuted.light }, SITE_NAME)]),
      ...(card.number
        ? [text({ fontSize: 168, fontWeight: 700, lineHeight: 1, marginTop: 24, color: card.accent }, card.number)]
        : []),
      text({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1, marginTop: 20 }, card.title),
      text({ fontSize: 30, lineHeight: 1.35, marginTop: 20, color: PALETTE.fgMuted.light }, card.text),
      text({ marginTop: 'auto', fontSize: 26, fontWeight: 700, color: card.accent }, card.footer),
    ],
  );
}

/** A page's preview image: drawn at build time by the og/[image].png route, named in the page's head. */
export interface SocialImage {
  /** The route parameter: "409", "4xx", "site". */
  id: string;
  /** Path inside the site, base included: "/og/409.png". */
  path: string;
  /** Absolute URL, for og:image and JSON-LD. */
  url: string;
  /** The text alternative: what the image says, in one line. */
  alt: string;
  card: CardContent;
}

export function socialImage(id: string, card: CardContent): SocialImage {
  const path = pathWithBase(`og/${id}.png`);
  return { id, path, url: absoluteUrl(path), alt: cardAlt(card), card };
}
