/**
 * The decision guide (/choose/ and one page per step), computed once per build from
 * content/choose.yaml: each step's trail of answers so far, its answers as links, and every end
 * resolved to the code page or comparison page it names. The graph was checked before the build
 * (src/lib/choose/rules.ts), so every step has exactly one trail.
 */
import { START_STEP, type StepData } from '../choose/schema.ts';
import { walkGuide } from '../choose/rules.ts';
import { searchAttributes } from '../search/meta.ts';
import { pageHead, type HeadTag } from '../seo/head.ts';
import { breadcrumbList, type JsonLdNode } from '../seo/json-ld.ts';
import { socialImage, type SocialImage } from '../seo/social-card.ts';
import { PALETTE } from '../seo/palette.ts';
import { pageTitle, SITE_NAME } from '../site/identity.ts';
import { homePath, pathWithBase } from '../site/urls.ts';
import type { CodeView } from './code.ts';
import type { ComparisonView } from './compare.ts';
import { crumb, type Crumb } from './crumbs.ts';

/** The guide's name: the start page's heading and every step's breadcrumb. */
export const GUIDE_TITLE = 'Which status code should I return?';

export const guidePath = (id: string) => pathWithBase(id === START_STEP ? 'choose/' : `choose/${id}/`);

/** Phrases that should find the guide, which its questions do not contain word for word. */
const GUIDE_TERMS = [
  'which status code should I return',
  'which status code to use',
  'what status code should I use',
  'choose a status code',
  'status code decision tree',
  'status code flowchart',
];

export interface TrailStep {
  question: string;
  /** The answer the reader gave there. */
  answer: string;
  /** The step's page, to change that answer. */
  path: string;
}

export interface GuideAnswer {
  label: string;
  href: string;
  /** Where the answer ends; null when it leads to another question. */
  end: { title: string; why: string } | null;
}

export interface GuideStepView {
  id: string;
  path: string;
  question: string;
  help: string | null;
  trail: TrailStep[];
  answers: GuideAnswer[];
  /** The step's own preview card, showing its question: /og/choose.png, /og/choose-auth.png. */
  image: SocialImage;
  crumbs: Crumb[];
  searchAttributes: Record<string, string>;
  head: HeadTag[];
  jsonLd: JsonLdNode[];
}

export interface GuideView {
  steps: GuideStepView[];
}

export function guideView(
  entries: readonly { id: string; data: StepData }[],
  codes: ReadonlyMap<number, CodeView>,
  comparisons: ReadonlyMap<string, ComparisonView>,
): GuideView {
  const guide = Object.fromEntries(entries.map(({ id, data }) => [id, data]));
  const { trails } = walkGuide(guide);
  const endOf = (end: NonNullable<StepData['answers'][number]['end']>) => {
    const target = end.code !== undefined ? codes.get(end.code) : comparisons.get(end.compare ?? '');
    if (!target) throw new Error(`content/choose.yaml: the end ${end.code ?? end.compare} has no page`);
    return { href: target.path, end: { title: target.title, why: end.why } };
  };
  const steps = entries.map(({ id, data }): GuideStepView => {
    const before = trails.get(id) ?? [];
    const trail = before.map((stepId, i) => {
      const step = guide[stepId] as StepData;
      const nextId = before[i + 1] ?? id;
      const answer = step.answers.find((a) => a.next === nextId)?.label ?? '';
      return { question: step.question, answer, path: guidePath(stepId) };
    });
    const path = guidePath(id);
    const isStart = id === START_STEP;
    const image = socialImage(isStart ? 'choose' : `choose-${id}`, {
      number: '',
      title: data.question,
      text: isStart
        ? `${GUIDE_TITLE} A few plain questions, and the code to return with one sentence of why.`
        : `${GUIDE_TITLE} Answer this and the guide names the code, with one sentence of why.`,
      footer: 'Decision guide',
      accent: PALETTE.accent.light,
    });
    const crumbs = [
      crumb(SITE_NAME, homePath()),
      ...(isStart ? [] : [crumb(GUIDE_TITLE, guidePath(START_STEP))]),
      crumb(data.question, path),
    ];
    const description = isStart
      ? 'Answer a few plain questions about your API request and get the status code to return, with one sentence of why.'
      : `Decision guide, step ${trail.length + 1}: ${data.question} Pick the answer that fits to reach the right status code.`;
    return {
      id,
      path,
      question: data.question,
      help: data.help ?? null,
      trail,
      image,
      answers: data.answers.map((answer) =>
        answer.end
          ? { label: answer.label, ...endOf(answer.end) }
          : { label: answer.label, href: guidePath(answer.next ?? START_STEP), end: null },
      ),
      crumbs,
      searchAttributes: searchAttributes({
        kind: 'guide',
        code: 'Guide',
        name: data.question,
        formerNames: [],
        terms: isStart ? GUIDE_TERMS : [],
        cls: null,
        registration: null,
      }),
      head: pageHead({
        title: isStart ? pageTitle(GUIDE_TITLE) : `${data.question} – status code guide`,
        description,
        path,
        image,
        type: 'website',
      }),
      jsonLd: [breadcrumbList(crumbs)],
    };
  });
  return { steps };
}
