/**
 * The decision guide's data: content/choose.yaml, one entry per step keyed by the step's id (the
 * URL segment under /choose/). Each answer either leads to another step or ends on a code page or
 * a comparison page with one sentence of why. The graph rules (one way to reach each step, no
 * loops, no dead ends, ends that exist, depth) are in ./rules.ts.
 */
import { z } from 'astro/zod';
import { inlineText, label } from '../content/schema.ts';

/** The guide's data file, as the author sees it. */
export const GUIDE_FILE = 'content/choose.yaml';

/** The first step, served at /choose/ itself. */
export const START_STEP = 'start';

/** Most answers a reader gives before the guide names a code. */
export const MAX_DEPTH = 6;

/** A step id: the URL segment, lower-case words joined by hyphens. */
export const STEP_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const endSchema = z
  .strictObject({
    code: z.int('end.code must be a status code number such as 409').optional(),
    compare: z
      .string()
      .regex(/^\d{3}(-vs-\d{3})+$/, 'end.compare must name a comparison such as "401-vs-403"')
      .optional(),
    why: inlineText('end.why', { links: false }).describe('One sentence: why this code fits the answers given'),
  })
  .refine((end) => (end.code === undefined) !== (end.compare === undefined), {
    message: 'end needs exactly one of code (a code page) or compare (a comparison page)',
  });

const answerSchema = z
  .strictObject({
    label: label('answers[].label', 160).describe('The answer as the reader would say it'),
    next: z
      .string()
      .regex(STEP_ID, 'answers[].next must be a step id: lower-case words joined by hyphens')
      .optional()
      .describe('The step this answer leads to'),
    end: endSchema.optional().describe('Where this answer ends: a code page or a comparison page'),
  })
  .refine((answer) => (answer.next === undefined) !== (answer.end === undefined), {
    message: 'an answer needs exactly one of next (another step) or end (a code or comparison)',
  });

export const stepSchema = z.strictObject({
  // 50 characters, so the page title ("<question> – status code guide") stays within 70.
  question: label('question', 50).describe('A plain question, e.g. "Did the request succeed?"'),
  help: inlineText('help').optional().describe('A sentence that helps the reader answer'),
  answers: z
    .array(answerSchema)
    .min(2, 'answers needs at least 2 choices: a question with one answer is not a question')
    .max(8, 'answers holds at most 8 choices: split the question'),
});

export type StepData = z.output<typeof stepSchema>;
export type AnswerData = StepData['answers'][number];
export type EndData = NonNullable<AnswerData['end']>;

/** The whole guide: every step by id. (The ids are checked here, not by a key schema, whose message zod does not pass on.) */
export const guideSchema = z.record(z.string(), stepSchema).superRefine((guide, ctx) => {
  for (const id of Object.keys(guide))
    if (!STEP_ID.test(id))
      ctx.addIssue({
        code: 'custom',
        path: [id],
        message: 'a step id must be lower-case words joined by hyphens, such as "auth-problem"',
      });
});
export type GuideData = z.output<typeof guideSchema>;
