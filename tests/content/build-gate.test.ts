/**
 * `npm run build` itself refuses content or settings that would publish a broken or unsafe page:
 * each bad input from the reliability probe (../shared/reviews/reliability.md, C4 to C35), and a
 * missing field or a wrong RFC section, is put into a copy of this project, and a real `astro build`
 * must fail naming the file or variable, with the message `npm run check-content` prints.
 */
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstroBuild } from '../../scripts/lib/build.ts';
import { copyProject, type ProjectCopy } from '../../scripts/bench/project-copy.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

let project: ProjectCopy;
beforeAll(async () => {
  project = await copyProject();
}, 60_000);
afterAll(() => project?.remove());

const PAGE = 'content/codes/409.mdx';

/** Replaces one exact piece of a file in the copy, and gives back a function that restores it. */
async function edit(path: string, change: (text: string) => string): Promise<() => Promise<void>> {
  const file = join(project.root, path);
  const original = await readFile(file, 'utf8');
  const changed = change(original);
  expect(changed, `the edit of ${path} changed nothing`).not.toBe(original);
  await writeFile(file, changed);
  return () => writeFile(file, original);
}

/** Sets the tip of 409 to `tip` (a YAML value). */
const tipOf409 = (tip: string) => (text: string) => text.replace(/^tip: .*$/m, `tip: ${tip}`);

/** The build's error output, or a failure if the build succeeded. */
async function buildFailure(env: Record<string, string> = {}): Promise<string> {
  try {
    await runAstroBuild({ root: project.root, outDir: join(project.root, 'dist'), env });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the build succeeded');
}

interface BadInput {
  probe: string;
  what: string;
  setUp: () => Promise<() => Promise<void>>;
  env?: Record<string, string>;
  says: RegExp;
}

const BAD_INPUTS: BadInput[] = [
  {
    probe: 'schema',
    what: 'a required field removed',
    setUp: () => edit(PAGE, (text) => text.replace(/\ncauses:\n( {2}- .*\n)+/, '\n')),
    says: /content\/codes\/409\.mdx: field "causes": required field is missing: add it \(array\)/,
  },
  {
    probe: 'RFC text',
    what: "a section number that is not the code's heading in RFC 9110",
    setUp: () => edit(PAGE, (text) => text.replace(/^ {2}section: 15\.5\.10$/m, '  section: 15.5.9')),
    says: /content\/codes\/409\.mdx: field "spec\.section": is 15\.5\.9, .*"409 Conflict" is section 15\.5\.10/,
  },
  {
    probe: 'C10',
    what: 'a <script> element in an FAQ answer',
    setUp: () => edit(PAGE, (text) => text.replace(/(\n {4}answer: )/, '$1<script>alert(1)</script> ')),
    says: /content\/codes\/409\.mdx: field "faq\.\d+\.answer": .*HTML/,
  },
  {
    probe: 'C12',
    what: 'a javascript: link in a cause',
    setUp: () => edit(PAGE, (text) => text.replace(/(\ncauses:\n {2}- ).*/, `$1'[Click me](javascript:alert(1))'`)),
    says: /content\/codes\/409\.mdx: field "causes\.0": .*javascript:/,
  },
  {
    probe: 'C13',
    what: 'a meta refresh in the tip',
    setUp: () => edit(PAGE, tipOf409(`'<meta http-equiv="refresh" content="0;url=https://evil.example/">'`)),
    says: /content\/codes\/409\.mdx: field "tip": .*HTML/,
  },
  {
    probe: 'C14',
    what: 'a tip of a million characters',
    setUp: () => edit(PAGE, tipOf409('x'.repeat(1_000_000))),
    says: /content\/codes\/409\.mdx: field "tip": .*longer than/,
  },
  {
    probe: 'C18',
    what: 'a <script> element in the MDX body',
    setUp: () => edit(PAGE, (text) => `${text}\n<script>alert(1)</script>\n`),
    says: /content\/codes\/409\.mdx: .*<script>/,
  },
  {
    probe: 'C26',
    what: 'a UTF-8 byte-order mark',
    setUp: () => edit(PAGE, (text) => `\uFEFF${text}`),
    says: /content\/codes\/409\.mdx: .*byte-order mark/,
  },
  {
    probe: 'C30',
    what: 'a link inside a related-code note',
    setUp: () => edit(PAGE, (text) => text.replace(/(\n {4}note: ).*/, `$1'See [412](/412/).'`)),
    says: /content\/codes\/409\.mdx: field "related\.\d+\.note": .*link/,
  },
  {
    probe: 'C32',
    what: 'an upper-case .MDX file',
    setUp: async () => {
      const file = join(project.root, 'content/codes/477.MDX');
      await writeFile(file, '---\ncode: 477\n---\n');
      return () => rm(file);
    },
    says: /content\/codes\/477\.MDX: .*lower case/,
  },
  {
    // check-content and the build read YAML with the same parser, so a merge key means the same to both.
    probe: 'C33',
    what: 'a YAML merge key that brings in an unknown field',
    setUp: () => edit(PAGE, (text) => text.replace(/^---\n/, '---\n<<: { sumary: merged }\n')),
    says: /content\/codes\/409\.mdx: unknown field "sumary"/,
  },
  {
    probe: 'C4',
    what: 'YAML with an unclosed quote',
    setUp: () => edit(PAGE, (text) => text.replace(/^name: .*$/m, 'name: "Conflict')),
    says: /content\/codes\/409\.mdx: has frontmatter that is not valid YAML/,
  },
  {
    probe: 'C34',
    what: 'a symlink in public/',
    setUp: async () => {
      const link = join(project.root, 'public/leak.txt');
      await symlink('/etc/hostname', link);
      return () => rm(link);
    },
    says: /public\/leak\.txt: .*symbolic link/,
  },
  {
    probe: 'C35',
    what: 'PUBLIC_HTTPBIN_URL without a scheme',
    setUp: async () => async () => {},
    env: { PUBLIC_HTTPBIN_URL: 'httpbin.org' },
    says: /PUBLIC_HTTPBIN_URL/,
  },
  {
    probe: 'C35',
    what: 'PUBLIC_HTTPBIN_URL with a query',
    setUp: async () => async () => {},
    env: { PUBLIC_HTTPBIN_URL: 'https://httpbin.example/?a=1' },
    says: /PUBLIC_HTTPBIN_URL/,
  },
  {
    probe: 'C35',
    what: 'SITE_URL that is not an https origin',
    setUp: async () => async () => {},
    env: { SITE_URL: 'example.org' },
    says: /SITE_URL/,
  },
];

// Each build stops at config setup, in a second or two; the margin is for a busy machine.
describe('npm run build on bad input', { timeout: 60_000 }, () => {
  // One copy, one input at a time.
  it.each(BAD_INPUTS)('$probe: fails on $what, naming it', async ({ setUp, env, says }) => {
    const restore = await setUp();
    try {
      const failure = await buildFailure(env);
      expect(failure).toMatch(says);
      // The build prints what the content check prints, word for word.
      const { problems } = await checkContent({ root: pathToFileURL(project.root) });
      for (const problem of problems.map(formatProblem)) expect(failure).toContain(problem);
    } finally {
      await restore();
    }
  });

  it('leaves a copy the content check accepts (so each failure above came from its input)', async () => {
    const { problems } = await checkContent({ root: pathToFileURL(project.root) });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
