import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/lib/choose/schema.ts';
import { comparisonSchema } from '../../../src/lib/compare/schema.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { FIXTURE_CODES, validFrontmatter } from '../../fixtures/content-project.ts';
import { validComparison, validGuide } from '../../fixtures/compare.ts';
import { withSite } from '../../support/site-env.ts';

const { codeView, comparisonView, guideView } = await withSite(async () => ({
  ...(await import('../../../src/lib/views/code.ts')),
  ...(await import('../../../src/lib/views/compare.ts')),
  ...(await import('../../../src/lib/views/choose.ts')),
}));

const context = { names: new Map<number, string>(), httpbinServer: 'https://httpbin.org' };
const codes = new Map(
  FIXTURE_CODES.map((code) => [code, codeView({ data: codeSchema.parse(validFrontmatter(code)) }, context)]),
);
const comparison = comparisonView({ data: comparisonSchema.parse(validComparison()) }, codes);
const entries = Object.entries(guideSchema.parse(validGuide())).map(([id, data]) => ({ id, data }));
const guide = guideView(entries, codes, new Map([[comparison.id, comparison]]));
const step = (id: string) => guide.steps.find((s) => s.id === id)!;

describe('the decision guide view', () => {
  it('serves the start at /choose/ and every other step below it', () => {
    expect(guide.steps.map((s) => s.path)).toEqual(['/docs/choose/', '/docs/choose/clash/']);
    expect(guide.steps.map((s) => s.image.path)).toEqual(['/docs/og/choose.png', '/docs/og/choose-clash.png']);
    expect(step('clash').image.card.title).toBe('What kind of clash?');
  });

  it('links each answer to the next step, or to the page it ends on with why', () => {
    expect(step('start').answers).toEqual([
      { label: 'No, the write clashed', href: '/docs/choose/clash/', end: null },
      {
        label: 'No, the data was invalid',
        href: '/docs/422/',
        end: { title: '422 Unprocessable Content', why: 'The values break the rules.' },
      },
    ]);
    expect(step('clash').answers[2]).toEqual({
      label: 'Not sure',
      href: '/docs/compare/409-vs-412-vs-422/',
      end: { title: '409 vs 412 vs 422', why: 'All three side by side.' },
    });
  });

  it('shows the answers given so far as a trail back to each question', () => {
    expect(step('start').trail).toEqual([]);
    expect(step('clash').trail).toEqual([
      { question: 'Did it work?', answer: 'No, the write clashed', path: '/docs/choose/' },
    ]);
  });

  it('puts steps under the guide in the breadcrumbs, and in the search as the guide', () => {
    expect(step('clash').crumbs.map((c) => c.name)).toEqual([
      'HTTP status codes',
      'Which status code should I return?',
      'What kind of clash?',
    ]);
    expect(step('start').crumbs.map((c) => c.name)).toEqual(['HTTP status codes', 'Did it work?']);
    expect(step('start').searchAttributes['data-search-kind']).toBe('guide');
    expect(step('start').searchAttributes['data-search-terms']).toContain('which status code should I return');
    expect(step('clash').searchAttributes['data-search-terms']).toBeUndefined();
    expect(step('clash').searchAttributes['data-search-class']).toBeUndefined();
  });

  it('refuses an end without a page', () => {
    expect(() => guideView(entries, codes, new Map())).toThrow(/409-vs-412-vs-422 has no page/);
  });
});
