import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          // One test file per module, in folders that mirror src/ and scripts/, plus the content itself.
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          environment: 'node',
        },
        // The module the site-config integration generates in a build (src/lib/site/config.ts).
        resolve: {
          alias: { 'virtual:site-config': fileURLToPath(new URL('tests/support/site-config.ts', import.meta.url)) },
        },
      },
      // Astro components rendered with the Container API, through Astro's own Vite config.
      'tests/components/vitest.config.ts',
      {
        test: {
          // Tests over a real build of the site, served on 127.0.0.1, some in headless Chromium.
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/site-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
