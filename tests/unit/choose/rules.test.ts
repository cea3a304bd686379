import { describe, expect, it } from 'vitest';
import { guideProblems, walkGuide } from '../../../src/lib/choose/rules.ts';
import { guideSchema, type GuideData } from '../../../src/lib/choose/schema.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validGuide } from '../../fixtures/compare.ts';

const context = { codes: new Set([409, 412, 422]), comparisons: new Set(['409-vs-412-vs-422']) };
const guide = (
  edit: (raw: Record<string, { question: string; answers: Record<string, unknown>[] }>) => void = () => {},
) => {
  const raw = validGuide() as Record<string, { question: string; answers: Record<string, unknown>[] }>;
  edit(raw);
  return guideSchema.parse(raw);
};
const problems = (data: GuideData) => guideProblems(data, context).map(formatProblem);

/** A chain of `length` questions, each with a way on and an end on 409. */
function chain(length: number): GuideData {
  const ids = ['start', ...Array.from({ length: length - 1 }, (_, i) => `q${i + 1}`)];
  return guideSchema.parse(
    Object.fromEntries(
      ids.map((id, i) => [
        id,
        {
          question: `Question ${i + 1}?`,
          answers: [
            i + 1 < ids.length ? { label: 'On', next: ids[i + 1] } : { label: 'On', end: { code: 412, why: 'W.' } },
            { label: 'Stop', end: { code: 409, why: 'Why.' } },
          ],
        },
      ]),
    ),
  );
}

describe('walkGuide', () => {
  it('gives each step its trail from the start and finds every end with its depth', () => {
    const { trails, ends } = walkGuide(guide());
    expect(Object.fromEntries(trails)).toEqual({ start: [], clash: ['start'] });
    expect(ends.map((e) => [e.end.code ?? e.end.compare, e.depth])).toEqual([
      [422, 1],
      [412, 2],
      [409, 2],
      ['409-vs-412-vs-422', 2],
    ]);
  });
});

describe('the guide rules', () => {
  it('accept a guide a reader can walk', () => {
    expect(problems(guide())).toEqual([]);
    expect(problems(chain(6))).toEqual([]);
  });

  it('name an end deeper than six answers', () => {
    expect(problems(chain(7))).toEqual([
      'content/choose.yaml: field "q6": ends 7 answers deep: no end may need more than 6 answers; ask fewer questions',
    ]);
  });

  it('name a missing start and a next that is not a step', () => {
    expect(
      problems(
        guide((raw) => {
          raw['clash']!.answers[0] = { label: 'Onward', next: 'nowhere' };
        }),
      ),
    ).toEqual(['content/choose.yaml: field "clash.answers.0.next": "nowhere" is not a step: add it or fix the id']);
    const { start: _, ...noStart } = guide();
    expect(problems(noStart)).toEqual([
      'content/choose.yaml: field "start": is missing: the guide starts at the step "start"',
      'content/choose.yaml: field "clash": cannot be reached from the start (or sits in a loop): link it from one answer, or remove it',
    ]);
  });

  it('name a loop back to the start and a step with two ways in', () => {
    expect(
      problems(
        guide((raw) => {
          raw['clash']!.answers[0] = { label: 'Again', next: 'start' };
        }),
      ),
    ).toEqual(['content/choose.yaml: field "clash.answers.0": leads back to "start": the guide must not loop']);
    expect(
      problems(
        guide((raw) => {
          raw['start']!.answers[1] = { label: 'Also a clash', next: 'clash' };
        }),
      ),
    ).toEqual([
      'content/choose.yaml: field "clash": is reached from start.answers.0 and start.answers.1: give each step one way in, so its trail of answers is one (copy the step under a new id)',
    ]);
  });

  it('name steps nobody links to, loops among them included', () => {
    const data = guide((raw) => {
      raw['a'] = {
        question: 'A?',
        answers: [
          { label: 'To b', next: 'b' },
          { label: 'x', end: { code: 409, why: 'W.' } },
        ],
      };
      raw['b'] = {
        question: 'B?',
        answers: [
          { label: 'To a', next: 'a' },
          { label: 'x', end: { code: 409, why: 'W.' } },
        ],
      };
    });
    expect(problems(data)).toEqual([
      'content/choose.yaml: field "a": cannot be reached from the start (or sits in a loop): link it from one answer, or remove it',
      'content/choose.yaml: field "b": cannot be reached from the start (or sits in a loop): link it from one answer, or remove it',
    ]);
  });

  it('name ends without a page', () => {
    const data = guide((raw) => {
      raw['clash']!.answers[2] = { label: 'Compare', end: { compare: '401-vs-403', why: 'W.' } };
    });
    expect(problems(data)).toEqual([
      'content/choose.yaml: field "clash.answers.2.end.compare": "401-vs-403" has no comparison page in content/compare/',
    ]);
  });
});
