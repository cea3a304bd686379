/**
 * The decoder page (/decode/) and its data (/decode.json): every code's name, summary and first
 * causes and fixes, as plain text, so the decoder explains a pasted response with the code page's
 * own words. The page fetches the data only when the reader first uses the decoder.
 */
import { inlinePlain } from '../content/markdown.ts';
import { SHOWN_ITEMS, type DecodeData } from '../decode/explain.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { pageTitle } from '../site/identity.ts';
import { decodePath, pathWithBase } from '../site/urls.ts';
import type { CodeView } from './code.ts';
import { siteImage } from './home.ts';

/** The decoder's data, next to the page. */
export const DECODE_DATA = 'decode.json';

export interface DecodeView {
  head: HeadTag[];
  /** /decode.json, resolved with the site's base. */
  dataPath: string;
}

export function decodeData(codes: readonly CodeView[]): DecodeData {
  const plain = (items: readonly string[]) => items.slice(0, SHOWN_ITEMS).map(inlinePlain);
  return Object.fromEntries(
    codes.map(({ code, data }) => [
      String(code),
      {
        name: data.name,
        summary: data.summary,
        causes: plain(data.causes),
        client: plain(data.fixes.client),
        server: plain(data.fixes.server),
      },
    ]),
  );
}

export function decodeView(): DecodeView {
  return {
    head: pageHead({
      title: pageTitle('Decode a response, an error message or a log line'),
      description:
        'Paste a status line, curl output, response headers, a browser error or a log line: see which code or error it is, which layer sent it and how to fix it. Nothing leaves your browser.',
      path: decodePath(),
      image: siteImage(),
      type: 'website',
    }),
    dataPath: pathWithBase(DECODE_DATA),
  };
}
