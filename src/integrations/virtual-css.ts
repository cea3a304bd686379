/**
 * A stylesheet generated at config time, served to Vite as the module `virtual:<name>.css`
 * (src/layouts/Base.astro imports it). Vite's CSS pipeline recognises a module by its .css
 * ending, so the resolved id keeps it.
 */
import type { AstroIntegration } from 'astro';

type SetupHook = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

export function addVirtualCss({ updateConfig }: SetupHook, name: string, css: string): void {
  const id = `virtual:${name}.css`;
  const resolved = `/@${name}.css`;
  updateConfig({
    vite: {
      plugins: [
        {
          name: `virtual-css-${name}`,
          resolveId: (source: string) => (source === id ? resolved : undefined),
          load: (source: string) => (source === resolved ? css : undefined),
        },
      ],
    },
  });
}
