/** Runs a real `astro build` into a directory of its own (the tests' builds, the bench's copy). */
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

export interface AstroBuild {
  /** The project to build: this one, or a copy of it (the bench builds a temporary copy). */
  root?: string;
  outDir: string;
  env?: Record<string, string>;
}

/** Builds into an emptied `outDir` and returns Astro's log; a failed build throws with the log's end. */
export async function runAstroBuild({ root = ROOT, outDir, env = {} }: AstroBuild): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_IMPORT_META_ENV.includes(name)),
  );
  try {
    const { stdout } = await run(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
      cwd: root,
      // Vitest sets NODE_ENV=test, which would make this a development build (import.meta.env.DEV).
      env: { ...inherited, NODE_ENV: 'production', ...env, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed in ${root}:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);
  }
}

export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  await runAstroBuild({ outDir, env });
  return outDir;
}
