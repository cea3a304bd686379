/**
 * Class-based syntax highlighting for Markdown code blocks and <Code> (see
 * src/lib/code-blocks/highlight.ts): Shiki's inline styles become classes, and the stylesheet
 * defining them (virtual:code-colours.css) is bundled into every page, so the site needs no
 * 'unsafe-inline' in its style policy.
 */
import type { AstroIntegration } from 'astro';
import { codeThemeCss, loadCodeThemes, SHIKI_OPTIONS, tokenClassTransformer } from '../lib/code-blocks/highlight.ts';
import { addVirtualModule } from './virtual-module.ts';

export default function codeHighlight(): AstroIntegration {
  return {
    name: 'code-highlight',
    hooks: {
      'astro:config:setup': async (setup) => {
        const themes = await loadCodeThemes();
        setup.updateConfig({
          markdown: { shikiConfig: { ...SHIKI_OPTIONS, transformers: [tokenClassTransformer(themes)] } },
        });
        addVirtualModule(setup, 'code-colours.css', codeThemeCss(themes));
      },
    },
  };
}
