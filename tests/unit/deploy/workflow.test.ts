/** The GitHub Pages workflow publishes only what passed the whole suite (reliability probe O5). */
import { readFile } from 'node:fs/promises';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Job {
  needs?: string | string[];
  container?: string;
  steps: { run?: string; uses?: string }[];
}

const workflow = load(
  await readFile(new URL('../../../.github/workflows/deploy-pages.yml', import.meta.url), 'utf8'),
) as { jobs: Record<string, Job> };
const needs = (job: Job | undefined) => [job?.needs ?? []].flat();
const runs = (job: Job | undefined) => job?.steps.flatMap((step) => (step.run ? [step.run] : [])) ?? [];

describe('deploy-pages workflow', () => {
  it('runs npm test, the README test command, on Debian before anything is built', () => {
    const test = workflow.jobs['test'];
    expect(runs(test)).toContain('npm test');
    expect(test?.container).toMatch(/bookworm/);
    expect(needs(workflow.jobs['build'])).toContain('test');
  });

  it('deploys only the build that followed the tests', () => {
    expect(needs(workflow.jobs['deploy'])).toEqual(['build']);
    expect(runs(workflow.jobs['build'])).toContain('npm run build');
  });
});
