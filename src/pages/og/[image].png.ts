import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes } from '../../data/codes.ts';
import { CLASSES } from '../../lib/classes.ts';
import { cardTree, classCard, codeCard, SITE_CARD, SOCIAL_IMAGE, type CardContent } from '../../lib/social-card.ts';
import { renderSocialImage } from '../../lib/social-image.ts';

/** One preview image per code (/og/409.png), per class (/og/4xx.png) and for the site (/og/site.png). */
export const getStaticPaths = (async () => [
  ...(await getCodes()).map(({ data }) => ({ params: { image: String(data.code) }, props: { card: codeCard(data) } })),
  ...CLASSES.map((cls) => ({ params: { image: cls.id }, props: { card: classCard(cls) } })),
  { params: { image: 'site' }, props: { card: SITE_CARD } },
]) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(Buffer.from(await renderSocialImage(cardTree(props.card))), {
    headers: { 'Content-Type': SOCIAL_IMAGE.type },
  });
