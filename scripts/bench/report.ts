/** Prints the sections as tables and writes the JSON report. */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { CHROMIUM } from '../lib/browser.ts';
import { ROOT } from '../lib/build.ts';
import { formatTable } from './format.ts';
import type { SectionResult } from './section.ts';

export function printSection(title: string, result: SectionResult): void {
  console.log(`\n== ${title}`);
  for (const table of result.tables) {
    if (table.title) console.log(`\n${table.title}`);
    console.log(formatTable(table.columns, table.rows));
  }
  for (const note of result.notes ?? []) console.log(`  * ${note}`);
}

const quietly = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

/** Where and on what the figures were measured, for comparing reports. */
export function environment() {
  return {
    date: new Date().toISOString(),
    commit: quietly('git', ['rev-parse', '--short', 'HEAD']),
    uncommittedChanges: quietly('git', ['status', '--porcelain']) !== '',
    node: process.version,
    chromium: quietly(CHROMIUM, ['--version']),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    /** Other work on the machine skews every timing: 1, 5 and 15 minute load averages at the start. */
    loadAverage: loadavg(),
  };
}

export async function writeReport(path: string, report: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
