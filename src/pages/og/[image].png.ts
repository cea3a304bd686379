import type { APIRoute } from 'astro';
import { cardTree, SOCIAL_IMAGE, type CardContent } from '../../lib/seo/social-card.ts';
import { renderSocialImage } from '../../lib/seo/social-image.ts';
import { siteImage } from '../../lib/views/home.ts';
import { decodeView } from '../../lib/views/decode.ts';
import { getSiteViews } from '../../lib/views/site.ts';

/**
 * One preview image per code (/og/409.png), per class (/og/4xx.png), for the site (/og/site.png),
 * for the comparisons (/og/compare.png, /og/compare-401-vs-403.png), per guide step
 * (/og/choose.png, /og/choose-auth.png), for the decoder (/og/decode.png), per error page
 * (/og/error-status-0.png) and for the errors index (/og/errors.png).
 */
export async function getStaticPaths() {
  const { codes, classes, compare, guide, errors } = await getSiteViews();
  const images = [
    ...codes.map((view) => view.image),
    ...classes.map((view) => view.image),
    siteImage(),
    compare.image,
    ...compare.comparisons.map((view) => view.image),
    ...guide.steps.map((step) => step.image),
    decodeView().image,
    ...errors.errors.map((view) => view.image),
    errors.image,
  ];
  return images.map((image) => ({ params: { image: image.id }, props: { card: image.card } }));
}

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(Buffer.from(await renderSocialImage(cardTree(props.card))), {
    headers: { 'Content-Type': SOCIAL_IMAGE.type },
  });
