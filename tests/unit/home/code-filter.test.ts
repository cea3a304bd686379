import { describe, expect, it } from 'vitest';
import { codeFilter, words } from '../../../src/lib/home/code-filter.ts';

const ENTRIES: [string, string][] = [
  ['404', 'Not Found The server has no resource at this URL.'],
  ['409', 'Conflict The request conflicts with the current state of the resource.'],
  ['413', 'Content Too Large Payload Too Large The request body is larger than the server accepts.'],
  ['429', 'Too Many Requests The client sent too many requests in a given time.'],
  ['499', 'Client Closed Request Unofficial · nginx The client closed the connection first.'],
  ['503', 'Service Unavailable The server cannot handle the request right now.'],
];
const kept = (query: string) => ENTRIES.filter(([code, text]) => codeFilter(query)(code, text)).map(([code]) => code);

describe('home filter', () => {
  it('keeps every code for an empty or blank query', () => {
    expect(kept('')).toHaveLength(ENTRIES.length);
    expect(kept('  ,  ')).toHaveLength(ENTRIES.length);
  });

  it('matches numbers against the start of the code, and "Nxx" against the class', () => {
    expect(kept('4')).toEqual(['404', '409', '413', '429', '499']);
    expect(kept('40')).toEqual(['404', '409']);
    expect(kept('409')).toEqual(['409']);
    expect(kept('09')).toEqual([]);
    expect(kept('5XX')).toEqual(['503']);
  });

  it('matches other words against the start of the words of name, badge, summary and former names', () => {
    expect(kept('confl')).toEqual(['409']);
    expect(kept('too many')).toEqual(['429']);
    expect(kept('payload')).toEqual(['413']);
    expect(kept('NGINX')).toEqual(['499']);
    expect(kept('ound')).toEqual([]);
  });

  it('needs every word of the query to match', () => {
    expect(kept('4 server')).toEqual(['404', '413']);
    expect(kept('request closed')).toEqual(['499']);
    expect(kept('conflict 5')).toEqual([]);
  });

  it('compares without case, accents or punctuation', () => {
    expect(words('Café, Not-Found!')).toEqual(['cafe', 'not', 'found']);
    expect(kept('not-found')).toEqual(['404']);
  });
});
