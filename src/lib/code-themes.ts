/**
 * The Shiki themes of every code block, in one place. GitHub's "default" themes keep each token
 * colour at 4.5:1 or more against their background (WCAG 2.2, 1.4.3); the older github-light and
 * github-dark do not (orange variables at 3.5:1 on white, grey comments at 3.0:1 on dark).
 */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
