/**
 * Global setup of the "site" tests: a real httpbin, one real build whose widget points at it,
 * and the build served on 127.0.0.1 like a static host. Everything is stopped at teardown.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { startHttpbin } from './httpbin.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    httpbinUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const httpbin = await startHttpbin();
  try {
    const siteDir = await buildSite(`${ROOT}.cache/test-dist`, { PUBLIC_HTTPBIN_URL: httpbin.url });
    const server = await serveStatic(siteDir);
    project.provide('siteDir', siteDir);
    project.provide('siteUrl', server.url);
    project.provide('httpbinUrl', httpbin.url);
    return async () => {
      await server.close();
      await httpbin.stop();
    };
  } catch (error) {
    await httpbin.stop();
    throw error;
  }
}
