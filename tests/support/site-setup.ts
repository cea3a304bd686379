/**
 * Global setup of the "site" tests: one real build, served on 127.0.0.1 for the whole run,
 * stopped at teardown.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, ROOT } from './build.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const siteDir = await buildSite(`${ROOT}.cache/test-dist`);
  const server = await serveStatic(siteDir);
  project.provide('siteDir', siteDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
