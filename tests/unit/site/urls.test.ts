import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../src/lib/site/join-base.ts';
import { withSite } from '../../support/site-env.ts';

describe('site URLs', () => {
  it('join a base with a path, with or without slashes', () => {
    expect(joinBase('/', '409/')).toBe('/409/');
    expect(joinBase('/docs', '/favicon.svg')).toBe('/docs/favicon.svg');
    expect(joinBase('/docs/', '')).toBe('/docs/');
  });

  it('put every page under the configured base and site', async () => {
    const urls = await withSite(() => import('../../../src/lib/site/urls.ts'));
    expect([urls.homePath(), urls.codePath(409), urls.classPath('4xx'), urls.pathWithBase('codes.json')]).toEqual([
      '/docs/',
      '/docs/409/',
      '/docs/4xx/',
      '/docs/codes.json',
    ]);
    expect(urls.absoluteUrl(urls.codePath(409))).toBe('https://example.org/docs/409/');
  });

  it('work at the root of a site too', async () => {
    const urls = await withSite(() => import('../../../src/lib/site/urls.ts'), {
      base: '/',
      site: 'https://httpstatus.dev',
    });
    expect(urls.absoluteUrl(urls.codePath(404))).toBe('https://httpstatus.dev/404/');
  });
});
