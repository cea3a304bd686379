/**
 * Turns a decoded paste into the explanation the decoder shows: what it is (and the page that
 * explains it, always the first link), which layer most likely sent it, what the headers say,
 * and the likely causes and fixes from the code's page (/decode.json). Pure: the page renders it.
 */
import { findClass } from '../content/classes.ts';
import { classPath, codePath } from '../site/urls.ts';
import { ERROR_PAGES, errorPath } from './error-pages.ts';
import { explainHeaders, type HeaderNote } from './headers.ts';
import { likelyLayers, type LayerFinding } from './layer.ts';
import type { Decoded, InputKind } from './parse.ts';

/** One code as /decode.json carries it: the page's facts the decoder shows, in inline Markdown. */
export interface DecodeCode {
  name: string;
  summary: string;
  causes: string[];
  client: string[];
  server: string[];
}

/** /decode.json: every code the site has a page for, by number. */
export type DecodeData = Record<string, DecodeCode>;

/** How many causes and fixes of each side the decoder shows; the page has the rest. */
export const SHOWN_ITEMS = 3;

export interface Link {
  href: string;
  text: string;
}

export interface Explanation {
  /** What the paste was read as. */
  readAs: string;
  /** The answer in a few words: "429 Too Many Requests". */
  title: string;
  /** The pages that explain it, the most specific first. */
  links: Link[];
  /** What happened, in a sentence or two. */
  meaning: string[];
  layers: LayerFinding[];
  headers: HeaderNote[];
  causes: string[];
  client: string[];
  server: string[];
}

const READ_AS: Record<InputKind, string> = {
  response: 'an HTTP response (a status line and headers, as curl -i prints it)',
  'curl-verbose': 'curl -v output (the response lines, marked "<")',
  headers: 'response headers',
  'alb-log': 'an AWS Application Load Balancer access log entry',
  'access-log': 'an access log line in the combined format (nginx or Apache)',
  message: 'an error message',
  'cloudflare-page': 'a Cloudflare error page',
  'status-code': 'a status code',
  unknown: 'nothing recognisable',
};

/** Null when there is nothing to explain: no code, no known message. */
export function explain(decoded: Decoded, data: DecodeData, now: Date): Explanation | null {
  const { code, message } = decoded;
  if (code === null && !message && !decoded.alb && decoded.headers.length === 0) return null;
  const page = code === null ? undefined : data[String(code)];
  const links: Link[] = [];
  const meaning: string[] = [];
  let title: string;
  if (message?.error && (code === null || message.code === code)) {
    links.push({ href: errorPath(message.error), text: ERROR_PAGES[message.error] });
  }
  const alb = decoded.alb;
  if (alb && (alb.elb === '000' || alb.target === '000'))
    links.push({ href: errorPath('000'), text: ERROR_PAGES['000'] });
  if (code !== null && page) {
    links.push({ href: codePath(code), text: `${code} ${page.name}` });
    title = `${code} ${page.name}`;
  } else if (code !== null) {
    const cls = findClass(code);
    title = decoded.reason ? `${code} ${decoded.reason}` : String(code);
    meaning.push(
      cls
        ? `${code} is not a code this reference has a page for; it falls in ${cls.id} ${cls.name}.`
        : `${code} is not an HTTP status code: codes run from 100 to 599.`,
    );
    if (cls) links.push({ href: classPath(cls.id), text: `${cls.id} ${cls.name}` });
  } else {
    title = message?.label ?? (decoded.alb ? 'No HTTP response' : 'Response headers without a status line');
  }
  if (message) meaning.unshift(message.meaning);
  if (page) meaning.push(page.summary);
  if (code !== null && page && decoded.reason && decoded.reason.toLowerCase() !== page.name.toLowerCase())
    meaning.push(
      `The server's reason phrase is "${decoded.reason}"; the registered name is "${page.name}". Clients go by the number.`,
    );
  return {
    readAs: `Read as ${READ_AS[decoded.kind]}.`,
    title,
    links,
    meaning,
    layers: likelyLayers(decoded),
    headers: explainHeaders(decoded.headers, now),
    causes: page?.causes.slice(0, SHOWN_ITEMS) ?? [],
    client: page?.client.slice(0, SHOWN_ITEMS) ?? [],
    server: page?.server.slice(0, SHOWN_ITEMS) ?? [],
  };
}
