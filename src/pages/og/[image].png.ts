import type { APIRoute } from 'astro';
import { cardTree, SOCIAL_IMAGE, type CardContent } from '../../lib/seo/social-card.ts';
import { renderSocialImage } from '../../lib/seo/social-image.ts';
import { siteImage } from '../../lib/views/home.ts';
import { getSiteViews } from '../../lib/views/site.ts';

/**
 * One preview image per code (/og/409.png), per class (/og/4xx.png), for the site (/og/site.png), per
 * error page (/og/error-status-0.png) and for the errors index (/og/errors.png).
 */
export async function getStaticPaths() {
  const { codes, classes, errors } = await getSiteViews();
  const images = [
    ...codes.map((view) => view.image),
    ...classes.map((view) => view.image),
    siteImage(),
    ...errors.errors.map((view) => view.image),
    errors.image,
  ];
  return images.map((image) => ({ params: { image: image.id }, props: { card: image.card } }));
}

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(Buffer.from(await renderSocialImage(cardTree(props.card))), {
    headers: { 'Content-Type': SOCIAL_IMAGE.type },
  });
