/**
 * Turns a decoded paste into the explanation the decoder shows: what it is (and the page that
 * explains it, always the first link), which layer most likely sent it, what the headers say,
 * and the likely causes and fixes from the code's page (/decode/NNN.json). Pure: the page renders it.
 */
import { findClass } from '../content/classes.ts';
import { classPath, codePath, pathWithBase } from '../site/urls.ts';
import { ERROR_PAGES, errorPagePath, type ErrorSlug } from './error-pages.ts';
import { explainHeaders, type HeaderNote } from './headers.ts';
import { likelyLayers, type LayerFinding } from './layer.ts';
import type { Decoded, InputKind } from './parse.ts';

/** One code as /decode/NNN.json carries it: the page's facts the decoder shows, as plain text. */
export interface DecodeCode {
  name: string;
  summary: string;
  causes: string[];
  client: string[];
  server: string[];
}

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

const errorPath = (slug: ErrorSlug) => pathWithBase(errorPagePath(slug));

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

/** Nothing to explain: no code, no known message, no headers. */
export const hasNothing = (decoded: Decoded) =>
  decoded.code === null && !decoded.message && !decoded.alb && decoded.headers.length === 0;

/**
 * `page` is the code's data, or null when the reference has no page for the code. Null when there
 * is nothing to explain.
 */
export function explain(decoded: Decoded, page: DecodeCode | null, now: Date): Explanation | null {
  const { code, message } = decoded;
  if (hasNothing(decoded)) return null;
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
