/**
 * Loads modules as they run on a site deployed at `site` under `base`: the two values
 * src/lib/site/config.ts reads from virtual:site-config (after Starlight's base.test.ts).
 */
import { vi } from 'vitest';

export const TEST_SITE = { base: '/docs/', site: 'https://example.org' } as const;

export async function withSite<T>(load: () => Promise<T>, { base, site }: { base: string; site: string } = TEST_SITE) {
  vi.doMock('virtual:site-config', () => ({
    BASE: base,
    SITE: site,
    HTTPBIN_SERVER: 'https://httpbin.org',
    EDIT_URL: null,
  }));
  vi.resetModules();
  try {
    return await load();
  } finally {
    vi.doUnmock('virtual:site-config');
  }
}
