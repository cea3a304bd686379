/** The decision guide and the comparisons this repository ships, read as the content check reads them. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/build.ts';
import { walkGuide } from '../../src/lib/choose/rules.ts';
import { GUIDE_FILE, guideSchema, MAX_DEPTH } from '../../src/lib/choose/schema.ts';

const guide = guideSchema.parse(load(await readFile(join(ROOT, GUIDE_FILE), 'utf8')));
const { trails, ends } = walkGuide(guide);

/** The comparisons issue 15 asks for, each as its file name. */
const REQUIRED_COMPARISONS = [
  '401-vs-403',
  '400-vs-422',
  '409-vs-412-vs-422',
  '301-vs-302-vs-303-vs-307-vs-308',
  '404-vs-410',
  '403-vs-404',
  '429-vs-503',
  '500-vs-502-vs-503-vs-504',
  '502-vs-504-vs-520-vs-522-vs-524',
  '200-vs-201-vs-202-vs-204',
  '405-vs-501',
  '408-vs-499-vs-504',
];

describe('the decision guide', () => {
  it('reaches every step from the start', () => {
    expect([...trails.keys()].sort()).toEqual(Object.keys(guide).sort());
  });

  it(`ends within ${MAX_DEPTH} answers everywhere`, () => {
    const deep = ends.filter((end) => end.depth > MAX_DEPTH).map((end) => end.steps.join(' > '));
    expect(deep).toEqual([]);
  });

  it('reaches at least 40 distinct codes, and every comparison', async () => {
    const codes = new Set(ends.flatMap((end) => (end.end.code === undefined ? [] : [end.end.code])));
    expect(codes.size).toBeGreaterThanOrEqual(40);
    const compared = new Set(ends.flatMap((end) => end.end.compare ?? []));
    const onDisk = (await readdir(join(ROOT, 'content/compare'))).map((name) => name.replace(/\.mdx$/, ''));
    expect([...compared].sort()).toEqual(onDisk.sort());
  });
});

describe('the comparisons', () => {
  it('include the twelve the issue asks for', async () => {
    const onDisk = (await readdir(join(ROOT, 'content/compare'))).map((name) => name.replace(/\.mdx$/, ''));
    expect(onDisk).toEqual(expect.arrayContaining(REQUIRED_COMPARISONS));
  });
});
