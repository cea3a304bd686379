import { beforeAll, describe, expect, it } from 'vitest';
import { createHighlighter, type Highlighter } from 'shiki';
import {
  CODE_THEMES,
  codeDeclarations,
  codeThemeCss,
  declarationClass,
  loadCodeThemes,
  SHIKI_OPTIONS,
  tokenClassTransformer,
  type ResolvedCodeThemes,
} from '../../../src/lib/code-blocks/highlight.ts';
import { EXAMPLE_LANGUAGES } from '../../../src/lib/content/schema.ts';
import { loadCodePages } from '../../support/content.ts';

let themes: ResolvedCodeThemes;
let highlighter: Highlighter;

beforeAll(async () => {
  themes = await loadCodeThemes();
  highlighter = await createHighlighter({
    themes: Object.values(CODE_THEMES),
    langs: [...EXAMPLE_LANGUAGES.filter((lang) => lang !== 'text'), 'markdown'],
  });
});

const highlight = (code: string, lang: string) =>
  highlighter.codeToHtml(code, {
    lang,
    themes: SHIKI_OPTIONS.themes,
    defaultColor: SHIKI_OPTIONS.defaultColor,
    transformers: [tokenClassTransformer(themes)],
  });

const classesIn = (html: string) =>
  new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]?.split(' ') ?? []));

describe('class-based code colours', () => {
  it('names a class after the declaration it stands for', () => {
    expect(declarationClass('--shiki-light', '#D73A49')).toBe('shiki-light-d73a49');
    expect(declarationClass('--shiki-dark-bg', '#24292e')).toBe('shiki-dark-bg-24292e');
    expect(declarationClass('--shiki-dark-text-decoration', 'underline line-through')).toBe(
      'shiki-dark-text-decoration-underline-line-through',
    );
  });

  it('leaves no inline style in code examples of every language, and every class has a rule', async () => {
    const css = codeThemeCss(themes);
    // A few of the site's examples per language; the build itself fails on any it cannot map.
    const examples = (await loadCodePages()).flatMap((page) => page.data.examples);
    const sample = [...Map.groupBy(examples, (example) => example.lang).values()].flatMap((group) => group.slice(0, 3));
    expect(new Set(sample.map((example) => example.lang)).size).toBeGreaterThan(5);
    for (const { code, lang } of sample) {
      const html = highlight(code, lang);
      expect(html, `${lang}: ${code.slice(0, 40)}`).not.toContain('style=');
      for (const name of classesIn(html))
        if (/^shiki-(light|dark)-/.test(name)) expect(css, `rule for .${name}`).toContain(`.${name}{`);
    }
  }, 30_000);

  it('covers italic, bold, underline and strikethrough tokens in both themes', () => {
    const html = highlight('*italic* **bold** [link](https://example.org) ~~gone~~', 'markdown');
    expect(html).not.toContain('style=');
    const classes = classesIn(html);
    for (const name of [
      'shiki-light-font-style-italic',
      'shiki-dark-font-weight-bold',
      'shiki-light-text-decoration-underline',
    ])
      expect(classes).toContain(name);
  });

  it('defines every declaration once and switches colours with light-dark()', () => {
    const css = codeThemeCss(themes);
    for (const { className, css: declaration } of codeDeclarations(themes).values())
      expect(css.split(`.${className}{${declaration}}`)).toHaveLength(2);
    expect(css).toContain('.astro-code span{color:light-dark(var(--shiki-light),var(--shiki-dark))}');
    expect(css).toContain(":root[data-theme='dark'] .astro-code span{font-style:var(--shiki-dark-font-style,inherit)");
  });

  it('fails loudly on a style the stylesheet does not define', () => {
    const transformer = tokenClassTransformer(themes);
    const root = {
      type: 'root' as const,
      children: [{ type: 'element' as const, tagName: 'span', properties: { style: 'color:red' }, children: [] }],
    };
    const context = { addClassToHast: () => root.children[0] } as unknown as ThisParameterType<
      NonNullable<typeof transformer.root>
    >;
    expect(() => transformer.root?.call(context, root)).toThrow(
      /inline style "color:red".*src\/lib\/code-blocks\/highlight\.ts/,
    );
  });
});
