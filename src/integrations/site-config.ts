/**
 * Gives the site's code the resolved `site` and `base` (SITE_URL and BASE_PATH) as the module
 * `virtual:site-config`, which src/lib/site/config.ts re-exports. Astro's own
 * import.meta.env.SITE and BASE_URL can be shadowed by a stray SITE or BASE_URL environment
 * variable in server code; values taken from the resolved config cannot.
 */
import type { AstroIntegration } from 'astro';
import { addVirtualModule } from './virtual-module.ts';

export default function siteConfig(): AstroIntegration {
  return {
    name: 'site-config',
    hooks: {
      'astro:config:setup': (setup) => {
        const { base, site } = setup.config;
        if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL): canonical URLs need it');
        addVirtualModule(
          setup,
          'site-config',
          `export const BASE = ${JSON.stringify(base)};\nexport const SITE = ${JSON.stringify(site)};\n`,
        );
      },
    },
  };
}
