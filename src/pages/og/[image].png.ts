import type { APIRoute } from 'astro';
import { cardTree, SOCIAL_IMAGE, type CardContent } from '../../lib/seo/social-card.ts';
import { renderSocialImage } from '../../lib/seo/social-image.ts';
import { siteImage } from '../../lib/views/home.ts';
import { decodeView } from '../../lib/views/decode.ts';
import { getSiteViews } from '../../lib/views/site.ts';

/**
 * One preview image per code (/og/409.png), per class (/og/4xx.png), for the site (/og/site.png),
 * for the comparisons (/og/compare.png, /og/compare-401-vs-403.png), per guide step
 * (/og/choose.png, /og/choose-auth.png) and for the decoder (/og/decode.png).
 */
export async function getStaticPaths() {
  const { codes, classes, compare, guide } = await getSiteViews();
  const images = [...codes.map((view) => view.image), ...classes.map((view) => view.image), siteImage()];
  images.push(
    compare.image,
    ...compare.comparisons.map((view) => view.image),
    ...guide.steps.map((step) => step.image),
    decodeView().image,
  );
  return images.map((image) => ({ params: { image: image.id }, props: { card: image.card } }));
}

export const GET: APIRoute<{ card: CardContent }> = async ({ props }) =>
  new Response(Buffer.from(await renderSocialImage(cardTree(props.card))), {
    headers: { 'Content-Type': SOCIAL_IMAGE.type },
  });
