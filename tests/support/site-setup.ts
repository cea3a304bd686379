/**
 * Global setup of the "site" tests: a real httpbin, and two real builds whose widget points at it,
 * each served on 127.0.0.1 like a static host: the site at the root, and the same site under a
 * sub-path as GitHub Pages serves project sites. The builds run one after the other (they share
 * Astro's caches in the project). Everything is stopped at teardown.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from '../../scripts/lib/build.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { startHttpbin } from './httpbin.ts';

/** The sub-path build: its base and the absolute origin it is built for. */
export const SUB_PATH = { base: '/sub-path/', site: 'https://example.org' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    subPathDir: string;
    subPathUrl: string;
    httpbinUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const httpbin = await startHttpbin();
  const servers: RunningServer[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => server.close()));
    await httpbin.stop();
  };
  try {
    const env = { PUBLIC_HTTPBIN_URL: httpbin.url };
    const siteDir = await buildSite(`${ROOT}.cache/test-dist`, env);
    const subPathDir = await buildSite(`${ROOT}.cache/test-dist-sub-path`, {
      ...env,
      BASE_PATH: SUB_PATH.base,
      SITE_URL: SUB_PATH.site,
    });
    servers.push(await serveStatic(siteDir), await serveStatic(subPathDir, { base: SUB_PATH.base }));
    project.provide('siteDir', siteDir);
    project.provide('siteUrl', servers[0]!.url);
    project.provide('subPathDir', subPathDir);
    project.provide('subPathUrl', servers[1]!.url);
    project.provide('httpbinUrl', httpbin.url);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
