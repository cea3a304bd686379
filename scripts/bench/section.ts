/** The shape every part of the bench report has; scripts/bench.ts runs them in order. */
import type { BenchOptions } from './options.ts';
import type { BuildTiming } from './build.ts';
import type { Cell } from './format.ts';
import type { OutputSize } from './output-size.ts';

export interface BenchContext {
  options: BenchOptions;
  /** The temporary copy of the project the bench builds (see project-copy.ts). */
  projectRoot: string;
  /** The site built from that copy, and where it is served (brotli/gzip, like a production host). */
  siteDir: string;
  siteUrl: string;
  /** The build of that copy, from cold caches. */
  build: { timing: BuildTiming; output: OutputSize };
}

export interface Table {
  title?: string;
  columns: string[];
  rows: Cell[][];
}

export interface SectionResult {
  tables: Table[];
  /** Lines printed under the tables: caveats and the reasons behind a figure. */
  notes?: string[];
  /** The figures for the JSON report. */
  data: unknown;
}

export interface BenchSection {
  id: string;
  title: string;
  /** Whether the section runs; every section does unless it waits for an option (scaling). */
  enabled?: (options: BenchOptions) => boolean;
  run: (context: BenchContext) => Promise<SectionResult>;
}
