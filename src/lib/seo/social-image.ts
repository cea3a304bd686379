/**
 * Draws a social preview card (src/lib/social-card.ts) as a PNG at build time: satori lays it out
 * into SVG with the text as paths, resvg renders the SVG. No outside service, and the font comes
 * from the @fontsource/inter package (satori reads WOFF, not WOFF2).
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff?inline';
import interBold from '@fontsource/inter/files/inter-latin-700-normal.woff?inline';
import { SOCIAL_IMAGE, type CardNode } from './social-card.ts';

/** Vite inlines the font files as data: URLs, so the build finds them wherever it runs. */
const fontData = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

const FONTS = [
  { name: 'Inter', data: fontData(interRegular), weight: 400, style: 'normal' },
  { name: 'Inter', data: fontData(interBold), weight: 700, style: 'normal' },
] as const;

export async function renderSocialImage(tree: CardNode): Promise<Uint8Array> {
  const svg = await satori(tree, { width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, fonts: [...FONTS] });
  return new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
}
