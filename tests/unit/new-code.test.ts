import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { ContentError, parseCodeFiles } from '../../src/lib/collection.ts';

const script = new URL('../../scripts/new-code.ts', import.meta.url).pathname;
let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

function scaffold(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args, '--dir', dir], { encoding: 'utf8' });
}

describe('new-code scaffold', () => {
  it('fills the facts from the registry and leaves TODOs that fail the checks', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scaffold-'));
    execFileSync(process.execPath, [script, '413', '--dir', dir]);
    const { frontmatter } = splitFrontmatter('413.mdx', await readFile(join(dir, '413.mdx'), 'utf8'));
    expect(frontmatter).toMatchObject({
      code: 413,
      name: 'Content Too Large',
      status: 'standard',
      spec: { document: 'RFC 9110', section: '15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' },
    });
    let problems: string[] = [];
    try {
      parseCodeFiles([{ file: 'content/codes/413.mdx', frontmatter }]);
    } catch (error) {
      problems = (error as ContentError).problems;
    }
    expect(problems.join('\n')).toMatch(/field "summary"/);
    expect(problems.join('\n')).toMatch(/field "tip" still holds the scaffold's TODO/);
  });

  it('fills the vendor of an unofficial code', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scaffold-'));
    execFileSync(process.execPath, [script, '499', '--dir', dir]);
    const { frontmatter } = splitFrontmatter('499.mdx', await readFile(join(dir, '499.mdx'), 'utf8'));
    expect(frontmatter).toMatchObject({
      status: 'unofficial',
      name: 'Token Required',
      vendor: { name: 'Esri ArcGIS Server' },
    });
  });

  it('refuses to overwrite a page and rejects a number that is not a status code', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scaffold-'));
    expect(scaffold('409').status).toBe(0);
    const again = scaffold('409');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/409\.mdx already exists: edit it instead/);
    const bad = scaffold('700');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/"700" is not a status code between 100 and 599/);
  });
});
