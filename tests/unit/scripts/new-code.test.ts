import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { contentProject, type ContentProject } from '../../fixtures/content-project.ts';

const script = new URL('../../../scripts/new-code.ts', import.meta.url).pathname;
let dir = '';
let project: ContentProject | undefined;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await project?.remove();
});

function scaffold(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args, '--dir', dir], { encoding: 'utf8' });
}

describe('new-code scaffold', () => {
  it('fills the facts from the registry and leaves TODOs that the content check refuses', async () => {
    project = await contentProject();
    dir = fileURLToPath(new URL('content/codes/', project.root));
    execFileSync(process.execPath, [script, '413', '--dir', dir]);
    const { frontmatter } = parseFrontmatter(await readFile(join(dir, '413.mdx'), 'utf8'));
    expect(frontmatter).toMatchObject({
      code: 413,
      name: 'Content Too Large',
      status: 'standard',
      spec: { document: 'RFC 9110', section: '15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' },
    });
    const problems = (await checkContent({ root: project.root, only: [413] })).problems.map(formatProblem);
    expect(problems).toContain('content/codes/413.mdx: field "tip": still holds the scaffold\'s TODO: write it');
    expect(problems).toContain(
      'content/codes/413.mdx: field "body": still holds the scaffold\'s TODO: write the explanation',
    );
  });

  it('fills the vendor of an unofficial code', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scaffold-'));
    execFileSync(process.execPath, [script, '499', '--dir', dir]);
    const { frontmatter } = parseFrontmatter(await readFile(join(dir, '499.mdx'), 'utf8'));
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
