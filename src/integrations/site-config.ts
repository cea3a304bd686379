/**
 * Gives the site's code the checked build settings (src/lib/site/settings.ts) as the module
 * `virtual:site-config`, which src/lib/site/config.ts re-exports. Astro's own
 * import.meta.env.SITE and BASE_URL can be shadowed by a stray SITE or BASE_URL environment
 * variable in server code; values handed over from the checked settings cannot.
 */
import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../lib/site/settings.ts';
import { addVirtualModule } from './virtual-module.ts';

export default function siteConfig({ site, base, httpbin, edit }: BuildSettings): AstroIntegration {
  return {
    name: 'site-config',
    hooks: {
      'astro:config:setup': (setup) =>
        addVirtualModule(
          setup,
          'site-config',
          [
            `export const BASE = ${JSON.stringify(base)};`,
            `export const SITE = ${JSON.stringify(site)};`,
            `export const HTTPBIN_SERVER = ${JSON.stringify(httpbin)};`,
            `export const EDIT_URL = ${JSON.stringify(edit)};`,
          ].join('\n'),
        ),
    },
  };
}
