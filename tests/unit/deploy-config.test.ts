import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { connectSources, contentSecurityPolicy, cspHash } from '../../src/lib/content-security-policy.ts';
import { robotsTxt, sitemapOptions, sitemapUrl } from '../../src/lib/sitemap.ts';
import { cardAlt, cardTree, classCard, codeCard, SITE_CARD } from '../../src/lib/social-card.ts';
import { CLASSES } from '../../src/lib/classes.ts';
import { codeSchema } from '../../src/lib/schema.ts';
import { validFrontmatter } from '../fixtures/code-data.ts';

describe('content security policy', () => {
  it('lets the widget reach any https server and loopback http servers', () => {
    expect(connectSources('https://httpbin.org')).toEqual([
      "'self'",
      'https:',
      'http://127.0.0.1:*',
      'http://localhost:*',
    ]);
    expect(connectSources('http://127.0.0.1:8080')).toEqual(connectSources(undefined));
  });

  it('adds a plain-http default server that is not on the loopback interface', () => {
    expect(connectSources('http://httpbin.internal:8080/')).toContain('http://httpbin.internal:8080');
  });

  it('allows WebAssembly for Pagefind and no inline scripts', () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(JSON.stringify(policy)).not.toContain('unsafe-inline');
    expect(policy.directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
    );
  });

  it('hashes an inline script the way browsers match it', () => {
    const text = 'document.title = "é";';
    expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
  });
});

describe('sitemap and robots.txt', () => {
  const options = sitemapOptions('https://example.org', '/docs/', 'not-found-page');

  it('keeps the 404 and 500 reference pages and drops the not-found page', () => {
    expect(options.customPages).toEqual(['https://example.org/docs/404/', 'https://example.org/docs/500/']);
    expect(options.filter('https://example.org/docs/not-found-page/')).toBe(false);
    expect(options.filter('https://example.org/docs/409/')).toBe(true);
  });

  it('points robots.txt to the sitemap under the base', () => {
    expect(sitemapUrl('https://example.org', '/docs/')).toBe('https://example.org/docs/sitemap-index.xml');
    expect(robotsTxt('https://example.org', '/docs/')).toBe(
      'User-agent: *\nAllow: /docs/\n\nSitemap: https://example.org/docs/sitemap-index.xml\n',
    );
  });
});

describe('social preview cards', () => {
  it('shows a code with its class colour, name, summary, class and status', () => {
    const data = codeSchema.parse({
      ...validFrontmatter(499),
      name: 'Client Closed Request',
      status: 'unofficial',
      spec: undefined,
      vendor: { name: 'nginx', product: 'nginx' },
    });
    const card = codeCard(data);
    expect(card).toMatchObject({ number: '499', title: 'Client Closed Request', text: data.summary });
    expect(card.footer).toBe('4xx Client Error · Unofficial · nginx');
    expect(cardAlt(card)).toBe(`499 Client Closed Request: ${data.summary}`);
  });

  it('gives each class its own accent colour', () => {
    expect(new Set(CLASSES.map((cls) => classCard(cls).accent)).size).toBe(5);
  });

  it('draws every text of the card, and the site card without repeating the site name', () => {
    const texts = (node: ReturnType<typeof cardTree>): string[] =>
      typeof node.props.children === 'string' ? [node.props.children] : node.props.children.flatMap(texts);
    expect(texts(cardTree(classCard(CLASSES[3]!)))).toEqual([
      'HTTP status codes',
      '4xx',
      'Client Error',
      CLASSES[3]!.summary,
      'RFC 9110, section 15.5',
    ]);
    expect(texts(cardTree(SITE_CARD)).filter((text) => text === 'HTTP status codes')).toHaveLength(1);
  });
});
