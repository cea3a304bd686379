/**
 * Syntax highlighting that works under a Content-Security-Policy without 'unsafe-inline' for
 * styles. Shiki writes every token colour as an inline `style` attribute, which such a policy
 * blocks. Here each `--shiki-*` declaration becomes a class, and one stylesheet, generated from the
 * two themes' whole palette, defines those classes. The stylesheet is known before any page is
 * rendered (it depends on the themes only), so it is bundled like any other CSS.
 */
import { bundledThemes, normalizeTheme, type ShikiTransformer, type ThemeRegistrationResolved } from 'shiki';

/**
 * The code themes; the keys are the colour schemes, as Shiki names its CSS variables. GitHub's
 * "default" themes keep each token colour at 4.5:1 or more against their background (WCAG 2.2,
 * 1.4.3); the older github-light and github-dark do not (orange variables at 3.5:1 on white, grey
 * comments at 3.0:1 on dark).
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

// Shiki's hast node types, without depending on @types/hast directly.
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type Element = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type Node = Root | Root['children'][number];

export type ColourScheme = keyof typeof CODE_THEMES;
export type ResolvedCodeThemes = Record<ColourScheme, ThemeRegistrationResolved>;

/**
 * Shiki options shared by the <Code> component and Markdown code blocks: only CSS variables
 * (no default colour, which would be an inline `color`), and no inline `overflow-x` on <pre>.
 */
export const SHIKI_OPTIONS = { themes: CODE_THEMES, defaultColor: false, wrap: null } as const;

/** Values Shiki can write per token besides colours (see getTokenStyleObject in @shikijs/core). */
const FONT_VALUES = {
  'font-style': ['italic'],
  'font-weight': ['bold'],
  'text-decoration': ['underline', 'line-through', 'underline line-through'],
} as const;

/** Shiki writes "inherit" for a property that one theme sets and the other does not. */
const INHERIT = 'inherit';

/** "--shiki-dark-bg" + "#24292E" -> "shiki-dark-bg-24292e" */
export function declarationClass(property: string, value: string): string {
  const name = property.replace(/^--/, '');
  const suffix = value
    .trim()
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/[^a-z0-9]+/g, '-');
  return `${name}-${suffix}`;
}

const declarationKey = (property: string, value: string) => `${property}:${value.trim().toLowerCase()}`;

const hexColour = (value: unknown): value is string =>
  typeof value === 'string' && /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);

/** Every colour a theme can give a token or a block, after its colour replacements. */
function themeColours(theme: ThemeRegistrationResolved, key: 'foreground' | 'background'): string[] {
  const fromRules = theme.settings.map((rule) => rule.settings?.[key]);
  const colours = [key === 'foreground' ? theme.fg : theme.bg, ...fromRules].filter(hexColour);
  const replace = (colour: string) => theme.colorReplacements?.[colour.toLowerCase()] ?? colour;
  return [...new Set(colours.map((colour) => replace(colour).toLowerCase()))];
}

/** Every `--shiki-*` declaration the two themes can produce, mapped to its class name. */
export function codeDeclarations(themes: ResolvedCodeThemes): Map<string, { className: string; css: string }> {
  const declarations = new Map<string, { className: string; css: string }>();
  const add = (property: string, value: string) =>
    declarations.set(declarationKey(property, value), {
      className: declarationClass(property, value),
      css: `${property}:${value.toLowerCase()}`,
    });
  for (const scheme of Object.keys(CODE_THEMES) as ColourScheme[]) {
    const theme = themes[scheme];
    for (const colour of [...themeColours(theme, 'foreground'), INHERIT]) add(`--shiki-${scheme}`, colour);
    for (const colour of [...themeColours(theme, 'background'), INHERIT]) add(`--shiki-${scheme}-bg`, colour);
    for (const [property, values] of Object.entries(FONT_VALUES))
      for (const value of [...values, INHERIT]) add(`--shiki-${scheme}-${property}`, value);
  }
  return declarations;
}

/** Splits "a:b;c:d" into [["a","b"],["c","d"]]. */
function parseStyle(style: string): [string, string][] {
  return style
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

function* elements(node: Node): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/**
 * Moves Shiki's inline styles into classes. A declaration the stylesheet does not define fails
 * the build, so no token ever loses its colour silently.
 */
export function tokenClassTransformer(themes: ResolvedCodeThemes): ShikiTransformer {
  const declarations = codeDeclarations(themes);
  return {
    name: 'token-classes',
    root(root) {
      for (const element of elements(root)) {
        const style = element.properties['style'];
        if (typeof style !== 'string') continue;
        const classes = parseStyle(style).map(([property, value]) => {
          const known = declarations.get(declarationKey(property, value));
          if (!known)
            throw new Error(
              `Shiki wrote the inline style "${property}:${value}", which has no class in the code-colour stylesheet. ` +
                'Inline styles are blocked by the Content-Security-Policy: teach codeDeclarations() in src/lib/code-blocks/highlight.ts about it.',
            );
          return known.className;
        });
        delete element.properties['style'];
        this.addClassToHast(element, classes);
      }
    },
  };
}

/** The stylesheet for tokenClassTransformer's classes: one rule per declaration, then the colours. */
export function codeThemeCss(themes: ResolvedCodeThemes): string {
  const rules = [...codeDeclarations(themes).values()].map(({ className, css }) => `.${className}{${css}}`);
  // light-dark() cannot switch font styles, so the dark ones follow the theme the way
  // src/styles/tokens.css does: a stored choice (data-theme), else the system preference.
  const fontStyles = (scheme: ColourScheme) =>
    `.astro-code span{${Object.keys(FONT_VALUES)
      .map((property) => `${property}:var(--shiki-${scheme}-${property},inherit)`)
      .join(';')}}`;
  return [
    ...rules,
    '.astro-code{color:light-dark(var(--shiki-light),var(--shiki-dark));background-color:light-dark(var(--shiki-light-bg),var(--shiki-dark-bg))}',
    '.astro-code span{color:light-dark(var(--shiki-light),var(--shiki-dark))}',
    ".astro-code span[class*='-bg-']{background-color:light-dark(var(--shiki-light-bg),var(--shiki-dark-bg))}",
    fontStyles('light'),
    `:root[data-theme='dark'] ${fontStyles('dark')}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']) ${fontStyles('dark')}}`,
  ].join('\n');
}

let loading: Promise<ResolvedCodeThemes> | undefined;

/** The two themes, resolved the way Shiki renders them (loaded once per process). */
export function loadCodeThemes(): Promise<ResolvedCodeThemes> {
  const load = async (name: (typeof CODE_THEMES)[ColourScheme]) =>
    normalizeTheme((await bundledThemes[name]()).default);
  loading ??= Promise.all([load(CODE_THEMES.light), load(CODE_THEMES.dark)]).then(([light, dark]) => ({
    light,
    dark,
  }));
  return loading;
}

let transformer: Promise<ShikiTransformer> | undefined;

/** The token-class transformer for the two themes, built once per process and shared by every block. */
export function loadTokenClassTransformer(): Promise<ShikiTransformer> {
  transformer ??= loadCodeThemes().then(tokenClassTransformer);
  return transformer;
}
