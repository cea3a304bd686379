/**
 * Class-based syntax highlighting for Markdown code blocks and <Code> (see src/lib/code-highlight.ts):
 * Shiki's inline styles become classes, and the stylesheet defining them is bundled into every
 * page as a virtual CSS module, so the site needs no 'unsafe-inline' in its style policy.
 */
import type { AstroIntegration } from 'astro';
import { codeThemeCss, loadCodeThemes, SHIKI_OPTIONS, tokenClassTransformer } from '../lib/code-highlight.ts';

const STYLESHEET_ID = 'virtual:code-colours.css';
// Vite's CSS pipeline recognises the module by its .css ending, so the resolved id keeps it.
const RESOLVED_ID = '/@code-colours.css';

export default function codeHighlight(): AstroIntegration {
  return {
    name: 'code-highlight',
    hooks: {
      'astro:config:setup': async ({ updateConfig, injectScript }) => {
        const themes = await loadCodeThemes();
        const css = codeThemeCss(themes);
        updateConfig({
          markdown: { shikiConfig: { ...SHIKI_OPTIONS, transformers: [tokenClassTransformer(themes)] } },
          vite: {
            plugins: [
              {
                name: 'code-colours-css',
                resolveId: (id: string) => (id === STYLESHEET_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? css : undefined),
              },
            ],
          },
        });
        injectScript('page-ssr', `import '${STYLESHEET_ID}';`);
      },
    },
  };
}
