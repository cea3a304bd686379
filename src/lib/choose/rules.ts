/**
 * The rules that make the guide walkable, over the whole graph: every step is reached from the
 * start in exactly one way (so its trail of answers is unique and there are no loops), every
 * `next` exists, every end is a built page, and no end is deeper than MAX_DEPTH answers.
 */
import type { ContentProblem } from '../content/problems.ts';
import { GUIDE_FILE, MAX_DEPTH, START_STEP, type EndData, type GuideData } from './schema.ts';

export interface GuideEnd {
  end: EndData;
  /** The step ids from the start to the step that holds this answer. */
  steps: string[];
  /** Answers given to reach it, the last one included. */
  depth: number;
}

export interface GuideWalk {
  /** Step id -> the step ids before it, from the start. */
  trails: Map<string, string[]>;
  ends: GuideEnd[];
}

/** Walks the guide from the start, breadth first; a step met twice is walked once. */
export function walkGuide(guide: GuideData): GuideWalk {
  const trails = new Map<string, string[]>();
  const ends: GuideEnd[] = [];
  if (!guide[START_STEP]) return { trails, ends };
  const queue: string[] = [START_STEP];
  trails.set(START_STEP, []);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const steps = [...(trails.get(id) ?? []), id];
    for (const answer of guide[id]?.answers ?? []) {
      if (answer.end) ends.push({ end: answer.end, steps, depth: steps.length });
      else if (answer.next && guide[answer.next] && !trails.has(answer.next)) {
        trails.set(answer.next, steps);
        queue.push(answer.next);
      }
    }
  }
  return { trails, ends };
}

export interface GuideContext {
  /** Codes with a page. */
  codes: ReadonlySet<number>;
  /** Comparison ids with a page ("401-vs-403"). */
  comparisons: ReadonlySet<string>;
}

/** Every problem with the guide's graph; empty when a reader can walk it from /choose/ to an end. */
export function guideProblems(guide: GuideData, context: GuideContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file: GUIDE_FILE, field, message });
  if (!guide[START_STEP]) problem(START_STEP, `is missing: the guide starts at the step "${START_STEP}"`);
  const parents = new Map<string, string[]>();
  for (const [id, step] of Object.entries(guide))
    step.answers.forEach((answer, i) => {
      const field = `${id}.answers.${i}`;
      if (answer.next !== undefined) {
        if (!guide[answer.next]) problem(`${field}.next`, `"${answer.next}" is not a step: add it or fix the id`);
        else parents.set(answer.next, [...(parents.get(answer.next) ?? []), field]);
      }
      const end = answer.end;
      if (end?.code !== undefined && !context.codes.has(end.code))
        problem(`${field}.end.code`, `${end.code} has no code page: end on a code in content/codes/`);
      if (end?.compare !== undefined && !context.comparisons.has(end.compare))
        problem(`${field}.end.compare`, `"${end.compare}" has no comparison page in content/compare/`);
    });
  for (const [id, from] of parents) {
    if (id === START_STEP) problem(from[0] ?? id, `leads back to "${START_STEP}": the guide must not loop`);
    else if (from.length > 1)
      problem(
        id,
        `is reached from ${from.join(' and ')}: give each step one way in, so its trail of answers is one (copy the step under a new id)`,
      );
  }
  const { trails, ends } = walkGuide(guide);
  for (const id of Object.keys(guide))
    if (!trails.has(id))
      problem(id, 'cannot be reached from the start (or sits in a loop): link it from one answer, or remove it');
  const tooDeep = new Map(ends.filter((end) => end.depth > MAX_DEPTH).map((end) => [end.steps.at(-1), end.depth]));
  for (const [id, depth] of tooDeep)
    problem(
      id ?? START_STEP,
      `ends ${depth} answers deep: no end may need more than ${MAX_DEPTH} answers; ask fewer questions`,
    );
  return problems;
}
