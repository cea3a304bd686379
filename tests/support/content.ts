/** Loads content/codes/*.mdx the way the build does, for tests that check content without a build. */
import { readdir, readFile } from 'node:fs/promises';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { parseCodeFiles, type CodeFile } from '../../src/lib/collection.ts';
import { ROOT } from './build.ts';

export interface CodePage extends CodeFile {
  body: string;
}

export async function loadCodePages(): Promise<CodePage[]> {
  const dir = `${ROOT}content/codes/`;
  const names = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  const split = await Promise.all(
    names.map(async (name) => {
      const file = `content/codes/${name}`;
      return { file, ...splitFrontmatter(file, await readFile(dir + name, 'utf8')) };
    }),
  );
  const parsed = parseCodeFiles(split);
  return parsed.map((p, i) => ({ ...p, body: split[i]?.body ?? '' }));
}
