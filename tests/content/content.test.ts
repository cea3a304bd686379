import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT } from '../../scripts/lib/build.ts';
import { pathToFileURL } from 'node:url';

describe('the content of this repository', () => {
  it('passes every schema, rule and file check the build runs', async () => {
    const { problems, checked } = await checkContent({ root: pathToFileURL(ROOT) });
    expect(problems.map(formatProblem), 'npm run check-content lists the same problems').toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
