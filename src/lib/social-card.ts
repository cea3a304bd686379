/**
 * The social preview image of a page (Open Graph / Twitter card), described as a tree of elements
 * for satori. Pure data: src/lib/social-image.ts draws it at build time.
 */
import type { CodeData } from './schema.ts';
import { classOf, type StatusClass } from './classes.ts';
import { statusBadge } from './labels.ts';
import { CLASS_COLOURS, PALETTE } from './palette.ts';
import { SITE_DESCRIPTION, SITE_NAME } from './site.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The image's path inside the site: og/409.png, og/4xx.png, og/site.png. */
export const socialImagePath = (id: string) => `og/${id}.png`;

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

export function codeCard(data: CodeData): CardContent {
  const cls = classOf(data.code);
  const status = statusBadge(data);
  return {
    number: String(data.code),
    title: data.name,
    text: data.summary,
    footer: [`${cls.id} ${cls.name}`, status?.label].filter(Boolean).join(' · '),
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
export const cardAlt = (card: CardContent) => [card.number, card.title].filter(Boolean).join(' ') + `: ${card.text}`;

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

/** What a page's head says about its preview image. */
export const pageImage = (id: string, card: CardContent) => ({ path: socialImagePath(id), alt: cardAlt(card) });
