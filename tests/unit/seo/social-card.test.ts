import { describe, expect, it } from 'vitest';
import { CLASSES, classOf } from '../../../src/lib/content/classes.ts';
import { withSite } from '../../support/site-env.ts';

const { cardTree, classCard, codeCard, socialImage, SITE_CARD } = await withSite(
  () => import('../../../src/lib/seo/social-card.ts'),
);

const texts = (node: ReturnType<typeof cardTree>): string[] =>
  typeof node.props.children === 'string' ? [node.props.children] : node.props.children.flatMap(texts);

describe('social preview cards', () => {
  const card = codeCard({
    code: 499,
    name: 'Client Closed Request',
    summary: 'The client went away.',
    cls: classOf(499),
    badge: { label: 'Unofficial · nginx', title: 'x' },
  });

  it('show a code with its class colour, name, summary, class and status', () => {
    expect(card).toMatchObject({ number: '499', title: 'Client Closed Request', text: 'The client went away.' });
    expect(card.footer).toBe('4xx Client Error · Unofficial · nginx');
  });

  it('give each class its own accent colour', () => {
    expect(new Set(CLASSES.map((cls) => classCard(cls).accent)).size).toBe(5);
  });

  it('draw every text of the card, and the site card without repeating the site name', () => {
    expect(texts(cardTree(classCard(CLASSES[3]!)))).toEqual([
      'HTTP status codes',
      '4xx',
      'Client Error',
      CLASSES[3]!.summary,
      'RFC 9110, section 15.5',
    ]);
    expect(texts(cardTree(SITE_CARD)).filter((text) => text === 'HTTP status codes')).toHaveLength(1);
  });

  it('name the image by its id under the base, with a text alternative', () => {
    expect(socialImage('499', card)).toMatchObject({
      id: '499',
      path: '/docs/og/499.png',
      url: 'https://example.org/docs/og/499.png',
      alt: '499 Client Closed Request: The client went away.',
    });
  });
});
