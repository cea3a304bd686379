/**
 * Runs in <head> before first paint. It applies a stored theme choice, so there is no flash of
 * the wrong theme (without a stored choice the CSS follows the system: color-scheme: light dark),
 * and it marks the document with data-js, so parts that only work with scripts can hold their
 * place before their module script reveals them (no layout shift; see global.css).
 * Inline on purpose: a separate file would cost a blocking request. The Content-Security-Policy
 * admits it by its hash (src/components/Head.astro), so any change to the text is picked up.
 */
export const THEME_SCRIPT = `document.documentElement.dataset.js = '';
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;
