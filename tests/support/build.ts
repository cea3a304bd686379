/** Runs a real `astro build` into a directory of the tests' own. */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/**
 * Vitest mirrors import.meta.env into a test worker's process.env; a build started from there
 * would take BASE_URL=/ from it instead of the configured base.
 */
const VITEST_IMPORT_META_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_IMPORT_META_ENV.includes(name)),
  );
  try {
    await run(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: ROOT,
      // Vitest sets NODE_ENV=test, which would make this a development build (import.meta.env.DEV).
      env: { ...inherited, NODE_ENV: 'production', ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
  return outDir;
}
