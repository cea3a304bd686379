/**
 * What the response headers that matter for an error say, in words: Retry-After as a wait and a
 * time (RFC 9110 section 10.2.3: seconds or an HTTP date), Location, the WWW-Authenticate scheme,
 * the RateLimit fields (the IETF httpapi draft) and the older X-RateLimit-* convention,
 * Cache-Control and Allow.
 */
import type { Header } from './parse.ts';

export interface HeaderNote {
  name: string;
  value: string;
  meaning: string;
}

/** "2 minutes", "1 hour 5 minutes", "45 seconds". */
export function formatWait(seconds: number): string {
  const unit = (n: number, word: string) => (n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`);
  if (seconds < 60) return unit(seconds, 'second') || '0 seconds';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [unit(h, 'hour'), unit(m, 'minute'), h === 0 ? unit(s, 'second') : ''].filter(Boolean).join(' ');
}

/** The time as the reader's clock shows it, and in UTC: the page shows both. */
const clock = (date: Date) => `${date.toISOString().slice(11, 19)} UTC`;

function retryAfter(value: string, now: Date): string {
  if (/^\d+$/.test(value)) {
    const seconds = Number(value);
    return `Wait ${formatWait(seconds)} before retrying: until about ${clock(new Date(now.getTime() + seconds * 1000))} (${seconds} s from when you pasted it; the clock started when the response was sent).`;
  }
  const date = Date.parse(value);
  if (Number.isNaN(date)) return 'Not a valid Retry-After: it must be a number of seconds or an HTTP date.';
  const seconds = Math.round((date - now.getTime()) / 1000);
  return seconds > 0
    ? `Retry after ${clock(new Date(date))}, which is ${formatWait(seconds)} from now.`
    : `Retry after ${clock(new Date(date))}: that time has passed, so you may retry now.`;
}

function rateLimit(name: string, value: string): string | null {
  const lower = name.toLowerCase();
  if (lower === 'ratelimit' || lower === 'ratelimit-policy')
    return lower === 'ratelimit'
      ? 'The quota state (IETF RateLimit fields): r is what remains, t the seconds until the window resets.'
      : 'The quota policy: q is the quota, w the window in seconds.';
  const field = /^(?:x-)?ratelimit-(limit|remaining|reset|used)$/.exec(lower)?.[1];
  if (!field) return null;
  if (field === 'limit') return `The quota is ${value} requests per window.`;
  if (field === 'remaining')
    return value === '0' ? 'None left in this window: wait for the reset.' : `${value} requests left in this window.`;
  if (field === 'used') return `${value} requests used in this window.`;
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  // Some APIs (GitHub) send the reset as a Unix time, others (the IETF draft) as seconds from now.
  return number > 1_000_000_000
    ? `The window resets at ${clock(new Date(number * 1000))} (a Unix time).`
    : `The window resets in ${formatWait(number)}.`;
}

function cacheControl(value: string): string {
  const directives = value
    .toLowerCase()
    .split(',')
    .map((d) => d.trim());
  const notes: string[] = [];
  if (directives.includes('no-store')) notes.push('no cache may store it');
  if (directives.includes('no-cache')) notes.push('caches must revalidate it before reuse');
  if (directives.includes('private')) notes.push('only the browser may store it, not shared caches');
  const maxAge = directives.find((d) => d.startsWith('max-age=') || d.startsWith('s-maxage='));
  if (maxAge) notes.push(`fresh for ${formatWait(Number(maxAge.split('=')[1]) || 0)} (${maxAge.split('=')[0]})`);
  return notes.length > 0 ? `${notes.join('; ')}.` : 'Caching directives for this response.';
}

function wwwAuthenticate(value: string): string {
  const scheme = /^\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)/.exec(value)?.[1] ?? '';
  const error = /error="([^"]*)"/i.exec(value)?.[1];
  const realm = /realm="([^"]*)"/i.exec(value)?.[1];
  return [
    `Authenticate with the ${scheme} scheme`,
    realm ? ` (realm "${realm}")` : '',
    error ? `; the server says the credentials failed with "${error}"` : '',
    '.',
  ].join('');
}

export function explainHeaders(headers: readonly Header[], now: Date): HeaderNote[] {
  return headers.flatMap(({ name, value }): HeaderNote[] => {
    const lower = name.toLowerCase();
    const meaning =
      lower === 'retry-after'
        ? retryAfter(value, now)
        : lower === 'location'
          ? `The redirect or the created resource points to ${value}.`
          : lower === 'www-authenticate' || lower === 'proxy-authenticate'
            ? wwwAuthenticate(value)
            : lower === 'cache-control'
              ? cacheControl(value)
              : lower === 'allow'
                ? `The methods this resource supports: ${value}.`
                : rateLimit(name, value);
    return meaning ? [{ name, value, meaning }] : [];
  });
}
