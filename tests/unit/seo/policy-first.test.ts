import { describe, expect, it } from 'vitest';
import { policyFirst } from '../../../src/lib/seo/policy-first.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body></body></html>`;

describe('policyFirst', () => {
  it('moves the policy from the end of <head> to directly after the charset', () => {
    const html = page(`<meta charset="utf-8"/><title>t</title><script>x()</script>${POLICY}<style>a{}</style>`);
    expect(policyFirst(html, '409/index.html')).toBe(
      page(`<meta charset="utf-8"/>${POLICY}<title>t</title><script>x()</script><style>a{}</style>`),
    );
  });

  it('leaves a page whose policy is already first as it is', () => {
    const html = page(`<meta charset="utf-8"/>${POLICY}<title>t</title>`);
    expect(policyFirst(html, 'index.html')).toBe(html);
  });

  it('names the page that has no policy or no charset', () => {
    expect(() => policyFirst(page('<meta charset="utf-8"/><title>t</title>'), 'x/index.html')).toThrow(
      /^x\/index\.html: expected <meta charset="utf-8"\/> and a content-security-policy <meta>/,
    );
    expect(() => policyFirst(page(POLICY), 'y/index.html')).toThrow(/^y\/index\.html: /);
  });
});
