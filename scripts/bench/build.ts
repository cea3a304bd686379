/** A timed `astro build`, with the per-page render times Astro prints. */
import { runAstroBuild, type AstroBuild } from '../lib/build.ts';

export interface RouteTime {
  /** The file Astro wrote, e.g. "/409/index.html" or "/409.json". */
  path: string;
  ms: number;
}

export interface BuildLog {
  /** HTML pages, as Astro counts them ("103 page(s) built"). */
  pages: number;
  /** Render time of every file Astro generated, from its "├─ /409/index.html (+21ms)" lines. */
  routes: RouteTime[];
}

export interface BuildTiming extends BuildLog {
  /** Wall time of the whole `astro build` process. */
  totalMs: number;
}

/** Reads the page count and per-file times from Astro's build log; fails loudly if its format changed. */
export function parseBuildLog(log: string): BuildLog {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  // Astro prints "+21ms" below a second and "+1.20s" up to a minute.
  const routes = [...plain.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)].map((m) => ({
    path: m[1] ?? '',
    ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1),
  }));
  const pages = Number(/(\d+) page\(s\) built in/.exec(plain)?.[1] ?? NaN);
  if (!Number.isInteger(pages) || routes.length === 0)
    throw new Error(
      'could not read the page count and page times from the astro build log: has its format changed? ' +
        'Update parseBuildLog in scripts/bench/build.ts.\n' +
        plain.slice(-1500),
    );
  return { pages, routes };
}

export async function timedBuild(build: AstroBuild): Promise<BuildTiming> {
  const started = performance.now();
  const log = await runAstroBuild(build);
  const totalMs = performance.now() - started;
  return { totalMs, ...parseBuildLog(log) };
}
