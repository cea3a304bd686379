/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export interface BenchOptions {
  /** Synthetic code pages to add for the scaling section; null leaves the section out. */
  synthetic: number | null;
  /** Lighthouse runs per page and form factor; the median run is reported. */
  runs: number;
  /** Section ids to leave out, e.g. "lighthouse". */
  skip: Set<string>;
  /** Where the JSON report goes. */
  out: string;
}

/** The help text, naming the sections there are. */
export const usage = (
  sectionIds: readonly string[],
) => `Usage: npm run bench -- [--synthetic N] [--runs N] [--skip id,id] [--out file.json]
  --synthetic N   also build a copy with N synthetic code pages and report how the cost grows
  --runs N        Lighthouse runs per page and form factor, reporting the median run (default 1)
  --skip ids      leave sections out: ${sectionIds.join(', ')}
  --out file      write the JSON report there (default bench/reports/latest.json)`;

export function parseBenchOptions(args: string[], sectionIds: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      synthetic: { type: 'string' },
      runs: { type: 'string', default: '1' },
      skip: { type: 'string', default: '' },
      out: { type: 'string', default: 'bench/reports/latest.json' },
    },
  });
  const positiveInteger = (option: string, value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`${option} ${value}: give a whole number, at least 1\n${usage(sectionIds)}`);
    return number;
  };
  const synthetic = values.synthetic === undefined ? null : positiveInteger('--synthetic', values.synthetic);
  const runs = positiveInteger('--runs', values.runs);
  const skip = new Set(values.skip.split(',').filter(Boolean));
  const unknown = [...skip].filter((id) => !sectionIds.includes(id));
  if (unknown.length > 0)
    throw new Error(
      `--skip ${unknown.join(',')}: no such section; the sections are ${sectionIds.join(', ')}\n${usage(sectionIds)}`,
    );
  return { synthetic, runs, skip, out: values.out };
}
