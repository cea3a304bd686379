/**
 * A module generated at config time and served to Vite under a `virtual:` id. A stylesheet keeps
 * its .css ending in the resolved id, since Vite's CSS pipeline recognises a module by it.
 */
import type { AstroIntegration } from 'astro';

type SetupHook = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0];

/** Adds `virtual:<name>` (a .css name for a stylesheet) with the given source. */
export function addVirtualModule({ updateConfig }: SetupHook, name: string, source: string): void {
  const id = `virtual:${name}`;
  const resolved = name.endsWith('.css') ? `/@${name}` : `\0${id}`;
  updateConfig({
    vite: {
      plugins: [
        {
          name: `virtual-module-${name}`,
          resolveId: (specifier: string) => (specifier === id ? resolved : undefined),
          load: (loaded: string) => (loaded === resolved ? source : undefined),
        },
      ],
    },
  });
}
