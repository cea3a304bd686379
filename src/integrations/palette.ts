/** The colour tokens, generated from src/lib/seo/palette.ts so CSS and the preview images share one table. */
import type { AstroIntegration } from 'astro';
import { paletteCss } from '../lib/seo/palette.ts';
import { addVirtualModule } from './virtual-module.ts';

export default function palette(): AstroIntegration {
  return {
    name: 'palette',
    hooks: {
      'astro:config:setup': (setup) => addVirtualModule(setup, 'palette.css', paletteCss()),
    },
  };
}
