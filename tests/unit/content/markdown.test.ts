import { describe, expect, it } from 'vitest';
import { inlineHtml, inlineMarkdownProblems, inlinePlain } from '../../../src/lib/content/markdown.ts';

const inBase = (path: string) => `/docs${path}`;

describe('inline Markdown', () => {
  it('renders code, emphasis and links without a paragraph around them', () => {
    expect(inlineHtml('Send `If-Match` *now* and **always**', inBase)).toBe(
      'Send <code>If-Match</code> <em>now</em> and <strong>always</strong>',
    );
    expect(inlineHtml('[RFC](https://www.rfc-editor.org/)', inBase)).toBe(
      '<a href="https://www.rfc-editor.org/">RFC</a>',
    );
  });

  it('puts links to pages of the site under the base path', () => {
    expect(inlineHtml('See [412](/412/).', inBase)).toBe('See <a href="/docs/412/">412</a>.');
  });

  it('escapes what is text', () => {
    expect(inlineHtml('Use `a < b` & "quotes"', inBase)).toBe('Use <code>a &lt; b</code> &amp; "quotes"');
  });

  it('renders with HTML disabled even if unchecked text reaches it', () => {
    expect(inlineHtml('Hi <meta http-equiv="refresh" content="0;url=https://evil.example/">', inBase)).toBe(
      'Hi &lt;meta http-equiv="refresh" content="0;url=https://evil.example/"&gt;',
    );
    expect(inlineHtml('[click](javascript:alert(1)) or [this](//evil.example/)', inBase)).toBe('click or this');
  });

  it('gives the words a reader sees', () => {
    expect(inlinePlain('Use `a < b` & **bold** "quotes" [here](https://example.org/)')).toBe(
      'Use a < b & bold "quotes" here',
    );
  });

  it('finds every unsafe or block construct, each once', () => {
    expect(inlineMarkdownProblems('Fine `code`, **bold** and [a link](/409/).')).toEqual([]);
    expect(inlineMarkdownProblems('Hi <b>x</b> and <i>y</i> [a](javascript:x) [b](javascript:x)')).toEqual([
      'raw HTML (<b>) is not allowed: use Markdown (`code`, **bold**, _emphasis_) instead',
      'raw HTML (</b>) is not allowed: use Markdown (`code`, **bold**, _emphasis_) instead',
      'raw HTML (<i>) is not allowed: use Markdown (`code`, **bold**, _emphasis_) instead',
      'raw HTML (</i>) is not allowed: use Markdown (`code`, **bold**, _emphasis_) instead',
      'the link to "javascript:x" is not allowed: link to https:// addresses or to a page of this site such as /409/',
    ]);
    expect(inlineMarkdownProblems('One.\n\nTwo.')).toEqual([
      'must be one paragraph of inline Markdown: no lists, headings, code blocks or blank lines',
    ]);
  });

  it('can forbid links altogether', () => {
    expect(inlineMarkdownProblems('[x](https://example.org/)', { links: false })).toEqual([
      'links are not allowed here: the text is shown inside a link to the code already',
    ]);
  });
});
