import { describe, expect, it } from 'vitest';
import { explain, type DecodeCode } from '../../../src/lib/decode/explain.ts';
import { decodePaste } from '../../../src/lib/decode/parse.ts';
import { PASTES } from '../../fixtures/decode-pastes.ts';

const NOW = new Date('2026-12-04T12:00:00Z');
const entry = (name: string) => ({
  name,
  summary: `${name} summary.`,
  causes: ['cause 1', 'cause 2', 'cause 3', 'cause 4'],
  client: ['client 1'],
  server: ['server 1', 'server 2'],
});
const DATA: Record<string, DecodeCode> = {
  '403': entry('Forbidden'),
  '429': entry('Too Many Requests'),
  '503': entry('Service Unavailable'),
  '504': entry('Gateway Timeout'),
};
const run = (paste: string) => {
  const decoded = decodePaste(paste);
  return explain(decoded, DATA[String(decoded.code)] ?? null, NOW);
};
const hrefs = (paste: string) => run(paste)?.links.map((l) => l.href);

describe('explain', () => {
  it('links the code page first and brings its summary, first causes and fixes', () => {
    const explained = run(PASTES.curlI);
    expect(explained).toMatchObject({
      title: '429 Too Many Requests',
      links: [{ href: '/429/', text: '429 Too Many Requests' }],
      meaning: ['Too Many Requests summary.'],
      causes: ['cause 1', 'cause 2', 'cause 3'],
      client: ['client 1'],
      server: ['server 1', 'server 2'],
    });
    expect(explained?.headers.map((h) => h.name)).toEqual([
      'retry-after',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
    ]);
  });

  it('links the error page first for errors that are not status codes, then the code they come with', () => {
    expect(hrefs(PASTES.chromeFetch)).toEqual(['/errors/failed-to-fetch/']);
    expect(hrefs(PASTES.curl52)).toEqual(['/errors/curl-52-empty-reply/']);
    expect(hrefs(PASTES.cloudflare1020)).toEqual(['/errors/cloudflare-1020/', '/403/']);
    expect(hrefs(PASTES.albZero)).toEqual(['/errors/000/']);
    expect(hrefs(PASTES.nginxTimeout)).toEqual(['/504/']);
    expect(run(PASTES.nginxTimeout)?.meaning[0]).toMatch(/proxy_read_timeout/);
  });

  it('notes a reason phrase that differs from the registered name', () => {
    expect(run(PASTES.statusLine)?.meaning).toContain(
      'The server\'s reason phrase is "Service Temporarily Unavailable"; the registered name is "Service Unavailable". Clients go by the number.',
    );
  });

  it('offers the class page for a code the reference has no page for, and says when a number is no code', () => {
    expect(run('HTTP/1.1 477 Odd')).toMatchObject({ title: '477 Odd', links: [{ href: '/4xx/' }] });
    expect(run('HTTP/1.1 777 Odd')?.meaning).toEqual(['777 is not an HTTP status code: codes run from 100 to 599.']);
  });

  it('says what it read the paste as, and returns nothing for text with nothing to explain', () => {
    expect(run(PASTES.curlV)?.readAs).toBe('Read as curl -v output (the response lines, marked "<").');
    expect(run(PASTES.nonsense)).toBeNull();
  });
});
