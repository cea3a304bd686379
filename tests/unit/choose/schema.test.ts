import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/lib/choose/schema.ts';
import { friendlyErrors } from '../../../src/lib/content/schema.ts';
import { validGuide } from '../../fixtures/compare.ts';

type RawGuide = Record<string, { question: string; answers: Record<string, unknown>[] }>;

function problems(edit: (raw: RawGuide) => void): string[] {
  const raw = validGuide() as RawGuide;
  edit(raw);
  const result = guideSchema.safeParse(raw, { error: friendlyErrors });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the guide schema', () => {
  it('accepts a valid guide', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('wants each answer to lead on or end, not both or neither', () => {
    expect(problems((raw) => (raw['start']!.answers[0]!['end'] = { code: 409, why: 'W.' }))).toEqual([
      'start.answers.0: an answer needs exactly one of next (another step) or end (a code or comparison)',
    ]);
    expect(problems((raw) => (raw['start']!.answers[0] = { label: 'Nothing' }))).toEqual([
      'start.answers.0: an answer needs exactly one of next (another step) or end (a code or comparison)',
    ]);
  });

  it('wants an end on exactly one page, with a why', () => {
    expect(
      problems((raw) => (raw['clash']!.answers[0]!['end'] = { code: 412, compare: '409-vs-412', why: 'W.' })),
    ).toEqual(['clash.answers.0.end: end needs exactly one of code (a code page) or compare (a comparison page)']);
    expect(problems((raw) => (raw['clash']!.answers[0]!['end'] = { code: 412 }))).toEqual([
      'clash.answers.0.end.why: required field is missing: add it (string); src/lib/content/schema.ts describes every field',
    ]);
  });

  it('wants step ids and comparison names in URL form', () => {
    expect(problems((raw) => (raw['Bad Step'] = raw['clash']!))).toEqual([
      'Bad Step: a step id must be lower-case words joined by hyphens, such as "auth-problem"',
    ]);
    expect(problems((raw) => (raw['clash']!.answers[2]!['end'] = { compare: '409 vs 412', why: 'W.' }))).toEqual([
      'clash.answers.2.end.compare: end.compare must name a comparison such as "401-vs-403"',
    ]);
  });

  it('limits a question to between two and eight answers', () => {
    expect(problems((raw) => (raw['start']!.answers = raw['start']!.answers.slice(0, 1)))).toEqual([
      'start.answers: answers needs at least 2 choices: a question with one answer is not a question',
    ]);
  });
});
