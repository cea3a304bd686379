/**
 * How the cost grows with the number of pages: the bench's copy of the project gets N synthetic
 * code pages and is built again from cold caches. Runs last: it changes the copy's content.
 */
import { join } from 'node:path';
import { timedBuild } from '../build.ts';
import { outputSize, type FileGroup } from '../output-size.ts';
import { addSyntheticPages } from '../synthetic.ts';
import type { BenchSection } from '../section.ts';
import type { Cell } from '../format.ts';
import { formatBytes, formatMs } from '../format.ts';
import { clearCaches } from '../project-copy.ts';

export const scalingSection: BenchSection = {
  id: 'scaling',
  title: 'Scaling',
  enabled: (options) => options.synthetic !== null,
  async run({ options, projectRoot, build }) {
    const count = options.synthetic;
    if (count === null) throw new Error('the scaling section needs --synthetic N');
    await addSyntheticPages(join(projectRoot, 'content'), count);
    await clearCaches(projectRoot);
    const outDir = join(projectRoot, 'dist-synthetic');
    const grown = await timedBuild({ root: projectRoot, outDir });
    const grownOutput = await outputSize(outDir);
    const before = { build: build.timing, output: build.output };
    const added = grown.pages - before.build.pages;
    const row = (label: string, a: number, b: number, format: (n: number) => string): Cell[] => [
      label,
      format(a),
      format(b),
      format((b - a) / added),
    ];
    const group = (groups: Record<string, FileGroup>, key: string) => groups[key]?.bytes ?? 0;
    const assetDirs = [...new Set([...Object.keys(before.output.assetDirs), ...Object.keys(grownOutput.assetDirs)])];
    return {
      tables: [
        {
          columns: ['', 'site as it is', `with ${count} synthetic`, 'per added page'],
          rows: [
            ['HTML pages', before.build.pages, grown.pages, ''],
            row('cold build', before.build.totalMs, grown.totalMs, formatMs),
            row('output', before.output.bytes, grownOutput.bytes, formatBytes),
            row('HTML', group(before.output.byType, 'html'), group(grownOutput.byType, 'html'), formatBytes),
            ...assetDirs.map((dir) =>
              row(`${dir}/`, group(before.output.assetDirs, dir), group(grownOutput.assetDirs, dir), formatBytes),
            ),
          ],
        },
      ],
      notes: [
        'Both builds run in the same fresh copy of the project with empty caches.',
        'Asset folders (such as a search index) are listed as the build writes them.',
      ],
      data: {
        synthetic: count,
        before: { pages: before.build.pages, buildMs: before.build.totalMs, output: before.output },
        after: { pages: grown.pages, buildMs: grown.totalMs, output: grownOutput },
        perAddedPage: {
          buildMs: (grown.totalMs - before.build.totalMs) / added,
          bytes: (grownOutput.bytes - before.output.bytes) / added,
        },
      },
    };
  },
};
