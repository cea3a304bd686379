import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../src/lib/seo/content-security-policy.ts';
import { inlineHashes, pagePolicy } from '../../../src/lib/seo/page-policy.ts';

const policy = (...hashes: string[]) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'${hashes.map((hash) => ` '${hash}'`).join('')};">`;
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body></body></html>`;

describe('inlineHashes', () => {
  it('hashes inline scripts and styles, and skips external scripts and JSON-LD', () => {
    const html = page(
      '<script>x()</script><script type="module">y()</script><style>a{}</style>' +
        '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script>',
    );
    expect(inlineHashes(html)).toEqual(new Set([cspHash('x()'), cspHash('y()'), cspHash('a{}')]));
  });
});

describe('pagePolicy', () => {
  it('moves the policy from the end of <head> to directly after the charset', () => {
    const own = policy(cspHash('x()'), cspHash('a{}'));
    const html = page(`<meta charset="utf-8"/><title>t</title><script>x()</script>${own}<style>a{}</style>`);
    expect(pagePolicy(html, '409/index.html')).toBe(
      page(`<meta charset="utf-8"/>${own}<title>t</title><script>x()</script><style>a{}</style>`),
    );
  });

  it("drops the hashes of other pages' inline code and keeps the page's own", () => {
    const html = page(`<meta charset="utf-8"/>${policy(cspHash('other()'), cspHash('x()'))}<script>x()</script>`);
    expect(pagePolicy(html, 'index.html')).toBe(
      page(`<meta charset="utf-8"/>${policy(cspHash('x()'))}<script>x()</script>`),
    );
  });

  it('leaves a page whose policy is already first and its own as it is', () => {
    const html = page(`<meta charset="utf-8"/>${policy(cspHash('x()'))}<title>t</title><script>x()</script>`);
    expect(pagePolicy(html, 'index.html')).toBe(html);
  });

  it('names the page that has no policy or no charset', () => {
    expect(() => pagePolicy(page('<meta charset="utf-8"/><title>t</title>'), 'x/index.html')).toThrow(
      /^x\/index\.html: expected <meta charset="utf-8"\/> and a content-security-policy <meta>/,
    );
    expect(() => pagePolicy(page(policy()), 'y/index.html')).toThrow(/^y\/index\.html: /);
  });
});
