import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBuildLog } from '../../../scripts/bench/build.ts';
import { formatBytes, formatMs, formatTable } from '../../../scripts/bench/format.ts';
import { parseBenchOptions } from '../../../scripts/bench/options.ts';
import { spread } from '../../../scripts/bench/stats.ts';
import { addSyntheticPages, freeCodes } from '../../../scripts/bench/synthetic.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { ROOT } from '../../../scripts/lib/build.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('bench figures', () => {
  it('summarises values as min, median and max', () => {
    expect(spread([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
    expect(() => spread([])).toThrow(/at least one value/);
  });

  it('formats bytes, times and aligned tables', () => {
    expect([formatBytes(900), formatBytes(14_600), formatBytes(3 * 1024 * 1024)]).toEqual([
      '900 B',
      '14.3 KiB',
      '3.00 MiB',
    ]);
    expect([formatMs(212.4), formatMs(6080)]).toEqual(['212 ms', '6.08 s']);
    expect(
      formatTable(
        ['page', 'bytes'],
        [
          ['/', 12],
          ['/409/', 1234],
        ],
      ),
    ).toBe(['page   bytes', '-----  -----', '/         12', '/409/   1234'].join('\n'));
  });

  it('reads page count and render times from the astro build log', () => {
    const log = [
      '\u001b[2m00:29:54\u001b[22m   ├─ /409/index.html (+21ms)',
      '00:29:54   ├─ /409.json (+3ms)',
      '00:29:55   └─ /index.html (+1.25s)',
      '00:29:55 [build] 2 page(s) built in 4.52s',
    ].join('\n');
    expect(parseBuildLog(log)).toEqual({
      pages: 2,
      routes: [
        { path: '/409/index.html', ms: 21 },
        { path: '/409.json', ms: 3 },
        { path: '/index.html', ms: 1250 },
      ],
    });
    expect(() => parseBuildLog('[build] Complete!')).toThrow(/has its format changed/);
  });

  it('parses the options and names the fix for bad ones', () => {
    const ids = ['build', 'lighthouse', 'scaling'];
    expect(parseBenchOptions([], ids)).toEqual({
      synthetic: null,
      runs: 1,
      skip: new Set(),
      out: 'bench/reports/latest.json',
    });
    expect(parseBenchOptions(['--synthetic', '300', '--runs', '3', '--skip', 'lighthouse'], ids)).toMatchObject({
      synthetic: 300,
      runs: 3,
      skip: new Set(['lighthouse']),
    });
    expect(() => parseBenchOptions(['--synthetic', 'many'], ids)).toThrow(/--synthetic many: give a whole number/);
    expect(() => parseBenchOptions(['--skip', 'search'], ids)).toThrow(
      /--skip search: no such section; the sections are build, lighthouse, scaling/,
    );
  });
});

describe('synthetic pages', () => {
  it('lists the free status codes between 100 and 599', () => {
    const free = freeCodes(new Set([100, 200, 599]));
    expect(free).toHaveLength(497);
    expect(free.slice(0, 2)).toEqual([101, 102]);
    expect(free).not.toContain(599);
  });

  it('writes pages that pass the content check the build runs, spread over every class', async () => {
    dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
    for (const folder of ['content', 'src/data', 'public'])
      await cp(join(ROOT, folder), join(dir, folder), { recursive: true });
    const codesDir = join(dir, 'content', 'codes');
    const real = (await readdir(codesDir)).length;
    const codes = await addSyntheticPages(join(dir, 'content'), 150);
    expect(codes).toHaveLength(150);
    expect(new Set(codes.map((code) => Math.floor(code / 100)))).toEqual(new Set([1, 2, 3, 4, 5]));
    const { problems, checked } = await checkContent({ root: pathToFileURL(`${dir}/`) });
    expect(problems.map(formatProblem)).toEqual([]);
    // The codes, the five classes, the comparisons, the guide (content/choose.yaml) and the error pages.
    const comparisons = (await readdir(join(dir, 'content', 'compare'))).length;
    const errorPages = (await readdir(join(dir, 'content', 'errors'))).length;
    expect(checked).toBe(real + 150 + 5 + comparisons + 1 + errorPages);
  });

  it('refuses more pages than there are free codes, saying how many fit', async () => {
    dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
    await cp(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    const free = 500 - (await readdir(join(dir, 'content', 'codes'))).length;
    await expect(addSyntheticPages(join(dir, 'content'), 1000)).rejects.toThrow(`at most ${free} synthetic pages fit`);
  });
});
