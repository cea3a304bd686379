/**
 * Runs in <head> before first paint, so a stored theme choice applies without a flash of the
 * wrong theme. Without a stored choice the CSS follows the system (color-scheme: light dark).
 * Inline on purpose: a separate file would cost a blocking request. The Content-Security-Policy
 * admits it by its hash (src/components/Head.astro), so any change to the text is picked up.
 */
export const THEME_SCRIPT = `try {
  const theme = localStorage.getItem('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {}`;
