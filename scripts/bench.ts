/**
 * npm run bench: builds a fresh copy of the project, serves it on 127.0.0.1 and measures it.
 * Prints a table per section and writes a JSON report (bench/reports/latest.json, gitignored).
 *   npm run bench                          build, bytes, first view, search, Lighthouse (a few minutes)
 *   npm run bench -- --skip lighthouse     leave slow sections out
 *   npm run bench -- --synthetic 300       also build with 300 synthetic code pages (scaling)
 * To measure something new, write a BenchSection in scripts/bench/sections/ and list it below.
 */
import { resolve } from 'node:path';
import { ROOT } from './lib/build.ts';
import { cp } from 'node:fs/promises';
import { precompress } from './lib/sizes.ts';
import { serveStatic } from './lib/static-server.ts';
import { timedBuild } from './bench/build.ts';
import { parseBenchOptions, type BenchOptions } from './bench/options.ts';
import { outputSize } from './bench/output-size.ts';
import { copyProject } from './bench/project-copy.ts';
import { environment, printSection, writeReport } from './bench/report.ts';
import type { BenchContext, BenchSection } from './bench/section.ts';
import { buildSection } from './bench/sections/build.ts';
import { bytesSection } from './bench/sections/bytes.ts';
import { firstViewSection } from './bench/sections/first-view.ts';
import { lighthouseSection } from './bench/sections/lighthouse.ts';
import { scalingSection } from './bench/sections/scaling.ts';
import { searchSection } from './bench/sections/search.ts';

/** In order; scaling stays last because it adds pages to the copy. */
const SECTIONS: BenchSection[] = [
  buildSection,
  bytesSection,
  firstViewSection,
  searchSection,
  lighthouseSection,
  scalingSection,
];

function readOptions(): BenchOptions {
  try {
    return parseBenchOptions(
      process.argv.slice(2),
      SECTIONS.map((section) => section.id),
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const options = readOptions();
const chosen = SECTIONS.filter((section) => (section.enabled?.(options) ?? true) && !options.skip.has(section.id));
const report: Record<string, unknown> = {
  environment: environment(),
  options: { ...options, skip: [...options.skip] },
};

const project = await copyProject();
try {
  console.log(`Building a copy of the project in ${project.root} ...`);
  const outDir = resolve(project.root, 'dist');
  const timing = await timedBuild({ root: project.root, outDir });
  // Served as a host that precompresses serves it, from a copy so dist/ keeps its own sizes.
  const served = resolve(project.root, 'dist-served');
  await cp(outDir, served, { recursive: true });
  await precompress(served);
  const server = await serveStatic(served, { compress: true });
  try {
    const context: BenchContext = {
      options,
      projectRoot: project.root,
      siteDir: outDir,
      siteUrl: server.url,
      build: { timing, output: await outputSize(outDir) },
    };
    const sections: Record<string, unknown> = {};
    report['sections'] = sections;
    for (const section of chosen) {
      const result = await section.run(context);
      printSection(section.title, result);
      sections[section.id] = result.data;
    }
  } finally {
    await server.close();
  }
} finally {
  await project.remove();
}

const out = resolve(ROOT, options.out);
await writeReport(out, report);
console.log(`\nReport written to ${out}`);
