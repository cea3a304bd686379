import { symlink } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { contentProject, pageText, validFrontmatter, type ContentProject } from '../../fixtures/content-project.ts';

let project: ContentProject;
beforeEach(async () => {
  project = await contentProject();
});
afterEach(() => project.remove());

/** What the check prints, one line per problem. */
const problems = async (only?: number[]) =>
  (await checkContent({ root: project.root, only })).problems.map(formatProblem);

describe('the content check', () => {
  it('accepts a consistent project, counting every file it read', async () => {
    expect(await checkContent({ root: project.root })).toEqual({ problems: [], checked: 8 });
  });

  it('names the file and the missing field, in the words the schema gives', async () => {
    await project.change(409, (fm) => delete fm['causes']);
    expect(await problems()).toEqual([
      'content/codes/409.mdx: field "causes": required field is missing: add it (array); src/lib/content/schema.ts describes every field',
    ]);
  });

  it('names an unknown field as a typo to fix', async () => {
    await project.change(409, (fm) => (fm['sumary'] = 'typo'));
    expect(await problems()).toEqual([
      'content/codes/409.mdx: unknown field "sumary": remove it or fix the spelling; src/lib/content/schema.ts lists every field',
    ]);
  });

  it('lists every problem of every file at once', async () => {
    await project.change(409, (fm) => {
      delete fm['tip'];
      fm['faq'] = [];
    });
    await project.change(412, (fm) => (fm['summary'] = 'x'.repeat(161)));
    expect(await problems()).toEqual([
      expect.stringMatching(/^content\/codes\/409\.mdx: field "tip": required field is missing/),
      expect.stringMatching(/^content\/codes\/409\.mdx: field "faq": faq needs at least 3 questions/),
      expect.stringMatching(/^content\/codes\/412\.mdx: field "summary": summary is longer than 160 characters/),
    ]);
  });

  it('reports broken YAML once, without blaming the pages that link to it', async () => {
    await project.write('content/codes/409.mdx', '---\nname: "Conflict\ncode: 409\n---\n');
    expect(await problems()).toEqual([
      expect.stringMatching(/^content\/codes\/409\.mdx: has frontmatter that is not valid YAML: .+\(\d+:\d+\)/),
    ]);
  });

  it('reports mis-indented YAML once, with its line and column', async () => {
    await project.write('content/codes/409.mdx', '---\nname: Conflict\ncode: 409\n  summary: x\n---\n');
    expect(await problems()).toEqual([
      expect.stringMatching(
        /^content\/codes\/409\.mdx: has frontmatter that is not valid YAML: .*indentation.*\(\d+:\d+\)/,
      ),
    ]);
  });

  it('rejects a byte-order mark and a file without frontmatter', async () => {
    await project.write('content/codes/409.mdx', `\uFEFF${pageText(validFrontmatter(409))}`);
    await project.write('content/codes/412.mdx', 'Just a body.\n');
    expect(await problems()).toEqual([
      'content/codes/409.mdx: starts with a byte-order mark: save it as UTF-8 without a BOM',
      'content/codes/412.mdx: has no frontmatter: the file must start with a --- line',
    ]);
  });

  it('does not skip a file whose name the loader would ignore', async () => {
    await project.write('content/codes/477.MDX', pageText(validFrontmatter(409)));
    expect(await problems()).toEqual([
      'content/codes/477.MDX: is not a content file: name it NNN.mdx, such as 409.mdx (lower case)',
    ]);
  });

  it('rejects a symbolic link in public/, which the build would follow', async () => {
    await symlink('/etc/hostname', fileURLToPath(new URL('public/leak.txt', project.root)));
    expect(await problems()).toEqual([
      'public/leak.txt: is a symbolic link: the build would copy whatever it points to; put a real file here',
    ]);
  });

  it('checks only the codes asked for, letting them link to any page on disk', async () => {
    await project.change(412, (fm) => delete fm['tip']);
    expect(await problems([409])).toEqual([]);
    expect(await problems([412])).toEqual([expect.stringMatching(/412\.mdx: field "tip"/)]);
    expect(await problems([477])).toEqual([
      'content/codes/477.mdx: does not exist: create it with npm run new-code -- 477',
    ]);
  });

  it('reads YAML as Astro does: merge keys are data, not an unknown key', async () => {
    const text = pageText(validFrontmatter(409)).replace(
      'browser: Nothing special.',
      '<<: { browser: Nothing special. }',
    );
    await project.write('content/codes/409.mdx', text);
    expect(await problems()).toEqual([]);
  });

  it('holds a cited RFC 9110 section to its heading, naming the right one', async () => {
    await project.change(409, (fm) => {
      fm['spec'] = {
        document: 'RFC 9110',
        section: '15.5.9',
        url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
      };
    });
    expect(await problems()).toContain(
      'content/codes/409.mdx: field "spec.section": is 15.5.9, but RFC 9110 section 15.5.9 is "408 Request Timeout"; "409 Conflict" is section 15.5.10: cite that',
    );
  });

  it('requires a dated review log for every code page', async () => {
    await project.write('content/reviews/412.md', '# 412\n\nNo date here.\n');
    await project.write('content/reviews/422.md', '');
    await (await import('node:fs/promises')).rm(new URL('content/reviews/409.md', project.root));
    expect(await problems()).toEqual([
      'content/reviews/409.md: is missing: write what the page was checked against, under a dated "## YYYY-MM-DD" heading',
      'content/reviews/412.md: has no dated entry: start each review with a "## YYYY-MM-DD" heading',
      'content/reviews/422.md: has no dated entry: start each review with a "## YYYY-MM-DD" heading',
    ]);
  });

  it('requires the explanation of every class', async () => {
    await project.write('content/classes/4xx.mdx', '---\nlastUpdated: soon\n---\n');
    expect(await problems()).toEqual([
      'content/classes/4xx.mdx: field "lastUpdated": lastUpdated must be a date such as 2026-11-25',
    ]);
  });
});
