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

/** Every valid error page (content/errors/); fails with every problem when any file is invalid. */
export async function loadErrorPages(): Promise<ErrorFile[]> {
  const { valid, problems } = await readErrorFiles(new URL('../../', import.meta.url));
  if (problems.length > 0) throw new ContentError(problems);
  return valid;
}
