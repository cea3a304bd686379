import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { checkComparisonsAndGuide } from '../../../src/lib/compare/check.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { contentProject, type ContentProject } from '../../fixtures/content-project.ts';
import { comparisonText, validComparison, validGuide } from '../../fixtures/compare.ts';

let project: ContentProject;
const COMPARISON = 'content/compare/409-vs-412-vs-422.mdx';

beforeEach(async () => {
  project = await contentProject();
  await project.write(COMPARISON, comparisonText(validComparison()));
  await project.write('content/choose.yaml', dump(validGuide()));
});
afterEach(() => project.remove());

const problems = async () => (await checkComparisonsAndGuide(project.root)).problems.map(formatProblem);

describe('the comparison and guide check', () => {
  it('accepts a consistent comparison and guide, and the content check counts them', async () => {
    expect(await checkComparisonsAndGuide(project.root)).toEqual({ problems: [], checked: 2 });
    expect(await checkContent({ root: project.root })).toEqual({ problems: [], checked: 10 });
  });

  it('names a file whose name does not match its codes', async () => {
    await project.write(
      'content/compare/409-vs-422.mdx',
      comparisonText({ ...validComparison(), question: 'Same codes, wrong file?' }),
    );
    expect(await problems()).toEqual([
      'content/compare/409-vs-422.mdx: field "codes": does not match the file name: name the file content/compare/409-vs-412-vs-422.mdx',
    ]);
  });

  it('names a file whose name is not a comparison', async () => {
    await project.write('content/compare/conflicts.mdx', comparisonText(validComparison()));
    expect(await problems()).toEqual([
      'content/compare/conflicts.mdx: is not a content file: name it the codes ascending joined by -vs-, such as 401-vs-403.mdx (lower case)',
    ]);
  });

  it('names a compared code that has no page', async () => {
    const data = validComparison();
    data['codes'] = [409, 412, 499];
    (data['columns'] as { code: number }[])[2]!.code = 499;
    (data['examples'] as { code: number }[])[2]!.code = 499;
    await project.write(COMPARISON, comparisonText(data));
    expect(await problems()).toContain(
      `${COMPARISON}: field "codes.2": 499 has no code page: compare codes from content/codes/`,
    );
  });

  it('reports schema problems with the file and field, and text under the frontmatter', async () => {
    const { summary: _, ...rest } = validComparison();
    await project.write(COMPARISON, `${comparisonText(rest)}\nA verdict in the body.\n`);
    expect(await problems()).toEqual([
      `${COMPARISON}: field "body": has text under the frontmatter: the verdict goes in verdict`,
      `${COMPARISON}: field "summary": required field is missing: add it (string); src/lib/content/schema.ts describes every field`,
    ]);
  });

  it('checks the guide against the codes and comparisons on disk', async () => {
    const guide = validGuide() as Record<string, { answers: Record<string, unknown>[] }>;
    guide['clash']!.answers[1] = { label: 'Stored state', end: { code: 418, why: 'No page.' } };
    await project.write('content/choose.yaml', dump(guide));
    expect(await problems()).toEqual([
      'content/choose.yaml: field "clash.answers.1.end.code": 418 has no code page: end on a code in content/codes/',
    ]);
  });

  it('reports a guide that is not valid YAML, or breaks the schema', async () => {
    await project.write('content/choose.yaml', 'start: [unclosed\n');
    expect((await problems())[0]).toMatch(/^content\/choose\.yaml: is not valid YAML: /);
    await project.write('content/choose.yaml', dump({ start: { question: 'Only one answer?', answers: [] } }));
    expect(await problems()).toEqual([
      'content/choose.yaml: field "start.answers": answers needs at least 2 choices: a question with one answer is not a question',
    ]);
  });

  it('lets a project without comparisons or a guide pass', async () => {
    const bare = await contentProject();
    try {
      expect(await checkComparisonsAndGuide(bare.root)).toEqual({ problems: [], checked: 0 });
    } finally {
      await bare.remove();
    }
  });
});
