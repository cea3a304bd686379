import { describe, expect, it } from 'vitest';
import { CLASSES, classOf, isClassId } from '../../src/lib/classes.ts';
import { classPath, codePath, homePath, withBase } from '../../src/lib/paths.ts';
import { inlineHtml, inlinePlain } from '../../src/lib/inline-markdown.ts';
import { formatDate, specLabel, statusBadge } from '../../src/lib/labels.ts';
import { candidateCodes, suggestCode } from '../../src/lib/missing-path.ts';
import { curlCommand, normalizeServer, statusUrl } from '../../src/lib/httpbin.ts';
import { constantsFor } from '../../src/lib/constants.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

describe('classes', () => {
  it('puts each code in its class', () => {
    expect(classOf(100).id).toBe('1xx');
    expect(classOf(299).id).toBe('2xx');
    expect(classOf(409).name).toBe('Client Error');
    expect(classOf(599).id).toBe('5xx');
  });
  it('rejects numbers that are not status codes', () => {
    expect(() => classOf(99)).toThrow(/99 is not an HTTP status code/);
    expect(() => classOf(600)).toThrow(RangeError);
    expect(() => classOf(404.5)).toThrow(RangeError);
  });
  it('links each class to its RFC 9110 section', () => {
    expect(CLASSES.map((c) => c.url)).toEqual(
      ['15.2', '15.3', '15.4', '15.5', '15.6'].map((s) => `https://www.rfc-editor.org/rfc/rfc9110#section-${s}`),
    );
  });
  it('recognises class ids', () => {
    expect(isClassId('4xx')).toBe(true);
    expect(isClassId('6xx')).toBe(false);
  });
});

describe('paths', () => {
  it('joins the base and keeps trailing slashes', () => {
    expect(codePath('/', 409)).toBe('/409/');
    expect(classPath('/docs/', '4xx')).toBe('/docs/4xx/');
    expect(homePath('/docs')).toBe('/docs/');
    expect(withBase('/docs/', '/favicon.svg')).toBe('/docs/favicon.svg');
  });
});

describe('inline markdown', () => {
  it('renders code, emphasis and links', () => {
    expect(inlineHtml('Send `If-Match` *now*')).toBe('Send <code>If-Match</code> <em>now</em>');
    expect(inlineHtml('[RFC](https://www.rfc-editor.org/)')).toBe('<a href="https://www.rfc-editor.org/">RFC</a>');
  });
  it('gives the plain text a reader sees', () => {
    expect(inlinePlain('Use `a < b` & **bold** "quotes"')).toBe('Use a < b & bold "quotes"');
  });
});

describe('labels', () => {
  it('has no badge for standard codes', () => {
    expect(statusBadge({ status: 'standard', vendor: undefined, expires: undefined })).toBeNull();
  });
  it('names the vendor of unofficial codes', () => {
    expect(
      statusBadge({ status: 'unofficial', vendor: { name: 'nginx', product: 'nginx' }, expires: undefined })?.label,
    ).toBe('Unofficial · nginx');
  });
  it('states the expiry of temporary registrations', () => {
    const badge = statusBadge({ status: 'temporary', vendor: undefined, expires: new Date('2026-11-13') });
    expect(badge?.title).toBe('Temporary IANA registration, stated expiry November 13, 2026');
  });
  it('formats dates in UTC and spec references', () => {
    expect(formatDate(new Date('2026-01-01'))).toBe('January 1, 2026');
    expect(specLabel({ document: 'RFC 9110', section: '15.5.10', url: 'https://x' })).toBe('RFC 9110, section 15.5.10');
    expect(specLabel({ document: 'RFC 8297', url: 'https://x' })).toBe('RFC 8297');
  });
});

describe('missing path', () => {
  const known = new Set([404, 409, 500]);
  it('finds a code in the path', () => {
    expect(suggestCode('/409', known)).toBe(409);
    expect(suggestCode('/codes/409.html', known)).toBe(409);
    expect(suggestCode('/http-409-conflict/', known)).toBe(409);
  });
  it('reads look-alike letters as digits', () => {
    expect(suggestCode('/4O9/', known)).toBe(409);
    expect(suggestCode('/5oo', known)).toBe(500);
  });
  it('ignores longer numbers and unknown codes', () => {
    expect(candidateCodes('/2024/posts/')).toEqual([]);
    expect(suggestCode('/477/', known)).toBeNull();
    expect(suggestCode('/about/', known)).toBeNull();
  });
  it('survives malformed escapes', () => {
    expect(suggestCode('/%E0%A4%A/409', known)).toBe(409);
  });
});

describe('httpbin requests', () => {
  it('defaults to httpbin.org and drops trailing slashes', () => {
    expect(normalizeServer(undefined)).toBe('https://httpbin.org');
    expect(normalizeServer(' http://127.0.0.1:8080/ ')).toBe('http://127.0.0.1:8080');
  });
  it('builds the status URL and curl command', () => {
    expect(statusUrl('https://httpbingo.org/', 418)).toBe('https://httpbingo.org/status/418');
    expect(curlCommand('https://httpbin.org', 409)).toBe('curl -i https://httpbin.org/status/409');
    expect(curlCommand('https://httpbin.org', 409, 'DELETE')).toBe('curl -i -X DELETE https://httpbin.org/status/409');
  });
});

describe('library constants', () => {
  it('lists every library in order, with null where a library has none', () => {
    const table = { source: 's', constants: { 409: 'X' } };
    const empty = { source: 's', constants: {} };
    const tables = {
      node: table,
      python: table,
      go: empty,
      spring: table,
      dotnet: table,
      rust: table,
      rails: table,
      symfony: table,
    };
    const rows = constantsFor(409, tables);
    expect(rows.map((r) => r.key)).toEqual(['node', 'python', 'go', 'spring', 'dotnet', 'rust', 'rails', 'symfony']);
    expect(rows.find((r) => r.key === 'go')?.value).toBeNull();
    expect(rows.find((r) => r.key === 'node')?.value).toBe('X');
  });
});

describe('frontmatter', () => {
  it('splits YAML from the body', () => {
    expect(splitFrontmatter('a.mdx', '---\ncode: 409\n---\n\nBody.\n')).toEqual({
      frontmatter: { code: 409 },
      body: '\nBody.\n',
    });
  });
  it('names the file when the frontmatter is missing or broken', () => {
    expect(() => splitFrontmatter('content/codes/1.mdx', 'no frontmatter')).toThrow(
      /content\/codes\/1\.mdx: no frontmatter/,
    );
    expect(() => splitFrontmatter('b.mdx', '---\na: b: c\n---\n')).toThrow(/b\.mdx: frontmatter is not valid YAML/);
  });
});

describe('defaults from the code number', () => {
  it('picks the live-widget mode', async () => {
    const { defaultLiveMode } = await import('../../src/lib/defaults.ts');
    expect([100, 103, 200, 301, 304, 306, 401, 402, 407, 409, 599].map(defaultLiveMode)).toEqual([
      'interim',
      'interim',
      'normal',
      'redirect',
      'null-body',
      'normal',
      'auth-challenge',
      'hide-body',
      'proxy-rejected',
      'normal',
      'normal',
    ]);
  });
  it('finds fields that still hold the scaffold marker', async () => {
    const { unfinishedFields } = await import('../../src/lib/defaults.ts');
    expect(unfinishedFields({ a: 'ok', b: ['x', 'TODO: y'], c: { d: 'TODO: z' }, e: new Date(), f: 3 })).toEqual([
      'b.1',
      'c.d',
    ]);
  });
});

describe('code records', () => {
  it('derives the published record from frontmatter, with absolute URLs under the base', async () => {
    const { codeRecord } = await import('../../src/lib/code-record.ts');
    const { codeSchema } = await import('../../src/lib/schema.ts');
    const { validFrontmatter } = await import('../fixtures/code-data.ts');
    const data = codeSchema.parse({ ...validFrontmatter(409), formerNames: ['Clash'] });
    expect(codeRecord(data, 'https://example.org', '/docs/')).toEqual({
      code: 409,
      name: 'Conflict',
      formerNames: ['Clash'],
      class: '4xx',
      status: 'standard',
      vendor: null,
      summary: data.summary,
      specUrl: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
      pageUrl: 'https://example.org/docs/409/',
    });
  });
});

describe('page titles', () => {
  it('names the subject, then the site', async () => {
    const { pageTitle } = await import('../../src/lib/site.ts');
    expect(pageTitle('409 Conflict')).toBe('409 Conflict – HTTP status code reference');
  });
});
