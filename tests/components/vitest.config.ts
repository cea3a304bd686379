import { getViteConfig } from 'astro/config';

// Astro's Vite config (integrations included), so .astro files compile as in a build
// (withastro/astro examples/container-with-vitest).
export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'node' },
});
