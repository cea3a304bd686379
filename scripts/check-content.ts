/**
 * Checks content/codes/*.mdx frontmatter against the schema and the collection rules without a
 * full build (the build runs the same checks, and also compiles the MDX bodies).
 *   node scripts/check-content.ts            check every page
 *   node scripts/check-content.ts 409 410    check only these pages; related codes without a page
 *                                            yet are reported as notes, not failures
 */
import { readFile, readdir } from 'node:fs/promises';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { ContentError, parseCodeFiles } from '../src/lib/collection.ts';

const dir = new URL('../content/codes/', import.meta.url);
const onDisk = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
const only = process.argv.slice(2).map((code) => `${code}.mdx`);
const names = only.length > 0 ? only : onDisk;

const problems: string[] = [];
const raw = [];
for (const name of names.sort()) {
  const file = `content/codes/${name}`;
  try {
    raw.push({ file, ...splitFrontmatter(file, await readFile(new URL(name, dir), 'utf8')) });
  } catch (error) {
    problems.push((error as Error).message);
  }
}

try {
  parseCodeFiles(raw);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const problem of error.problems) {
    const relatedCode = /is (\d+), which has no page/.exec(problem)?.[1];
    if (only.length === 0 || relatedCode === undefined) problems.push(problem);
    // A partial check sees only some pages: a related page elsewhere on disk is fine.
    else if (!onDisk.includes(`${relatedCode}.mdx`)) console.warn(`note: ${problem}`);
  }
}

if (problems.length > 0) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${names.length} file(s) checked: OK`);
