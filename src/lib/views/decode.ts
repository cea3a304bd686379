/**
 * The decoder page (/decode/) and its data (/decode/409.json, one file per code): the code's name,
 * summary and first causes and fixes, as plain text, so the decoder explains a pasted response
 * with the code page's own words. The page fetches only the file of the code a paste names.
 */
import { inlinePlain } from '../content/markdown.ts';
import { SHOWN_ITEMS, type DecodeCode } from '../decode/explain.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { socialImage, SITE_CARD, type SocialImage } from '../seo/social-card.ts';
import { pageTitle } from '../site/identity.ts';
import { decodePath } from '../site/urls.ts';
import type { CodeView } from './code.ts';

export interface DecodeView {
  head: HeadTag[];
  image: SocialImage;
  /** The folder of the per-code files, base included: "/decode/", read as "/decode/409.json". */
  dataPath: string;
}

export function decodeCode({ data }: CodeView): DecodeCode {
  const plain = (items: readonly string[]) => items.slice(0, SHOWN_ITEMS).map(inlinePlain);
  return {
    name: data.name,
    summary: data.summary,
    causes: plain(data.causes),
    client: plain(data.fixes.client),
    server: plain(data.fixes.server),
  };
}

const TITLE = 'Decode a response or an error';
const DESCRIPTION =
  'Paste a status line, curl output, headers, a browser error or a log line: which code or error it is, who sent it, how to fix it. Nothing leaves your browser.';

export function decodeView(): DecodeView {
  const image = socialImage('decode', { ...SITE_CARD, title: TITLE, text: DESCRIPTION });
  return {
    image,
    head: pageHead({
      title: pageTitle(TITLE),
      description: DESCRIPTION,
      path: decodePath(),
      image,
      type: 'website',
    }),
    dataPath: decodePath(),
  };
}
