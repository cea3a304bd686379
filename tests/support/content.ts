/** The code pages as the content check reads them, for tests that look at content without a build. */
import { readCodeFiles } from '../../src/lib/content/check.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import type { CodeFile } from '../../src/lib/content/rules.ts';
import { readErrorFiles } from '../../src/lib/errors/check.ts';
import type { ErrorFile } from '../../src/lib/errors/rules.ts';

/** Every valid code page; fails with every problem when any file is invalid. */
export async function loadCodePages(): Promise<CodeFile[]> {
  const { valid, problems } = await readCodeFiles(new URL('../../', import.meta.url));
  if (problems.length > 0) throw new ContentError(problems);
  return valid;
}

/** The comparison pages' ids ("401-vs-403") with their codes, from content/compare/. */
export async function loadComparisons(): Promise<{ id: string; codes: number[] }[]> {
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(new URL('../../content/compare/', import.meta.url));
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const id = name.slice(0, -'.mdx'.length);
      return { id, codes: id.split('-vs-').map(Number) };
    });
}

/** The decision guide's steps by id, as the content check reads content/choose.yaml. */
export async function loadGuide() {
  const { readFile } = await import('node:fs/promises');
  const { load } = await import('js-yaml');
  const { guideSchema } = await import('../../src/lib/choose/schema.ts');
  return guideSchema.parse(load(await readFile(new URL('../../content/choose.yaml', import.meta.url), 'utf8')));
}

/** Every valid error page (content/errors/); fails with every problem when any file is invalid. */
export async function loadErrorPages(): Promise<ErrorFile[]> {
  const { valid, problems } = await readErrorFiles(new URL('../../', import.meta.url));
  if (problems.length > 0) throw new ContentError(problems);
  return valid;
}
