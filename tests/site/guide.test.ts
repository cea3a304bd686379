/**
 * A reader's walk through the built decision guide: from /choose/, following only the answer
 * links, every step page is reached, every end is a built code or comparison page, no end is
 * more than six answers deep, and the ends cover at least 40 codes.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fileForPath, pageAt, readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { MAX_DEPTH } from '../../src/lib/choose/schema.ts';

const dir = inject('siteDir');

interface Reached {
  /** Answers given to get here. */
  depth: number;
  /** The answer labels along the way. */
  answers: string[];
}

const steps = new Map<string, Reached>();
const ends = new Map<string, Reached[]>();
let built: BuiltPage[] = [];

/** Breadth first over the answer links, as a reader without JavaScript would click them. */
beforeAll(async () => {
  built = await readPages(dir);
  const queue: string[] = ['/choose/'];
  steps.set('/choose/', { depth: 0, answers: [] });
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const here = steps.get(path) as Reached;
    const page = await pageAt(dir, path);
    for (const link of page.doc.querySelectorAll('.guide-answers > li > a')) {
      const href = link.getAttribute('href') ?? '';
      const reached = { depth: here.depth + 1, answers: [...here.answers, text(link)] };
      if (href.startsWith('/choose/')) {
        if (steps.has(href)) throw new Error(`${href} is reached twice: from ${path} and earlier`);
        steps.set(href, reached);
        queue.push(href);
      } else ends.set(href, [...(ends.get(href) ?? []), reached]);
    }
  }
});

describe('the decision guide, walked through its links', () => {
  it('reaches every guide page from /choose/, each once', () => {
    const guidePages = built.filter((page) => page.path.startsWith('/choose/')).map((page) => page.path);
    expect([...steps.keys()].sort()).toEqual(guidePages.sort());
  });

  it('ends every answer path on a built code or comparison page', () => {
    const missing = [...ends.keys()].filter((href) => !fileForPath(dir, href));
    expect(missing).toEqual([]);
    expect([...ends.keys()].every((href) => /^\/(\d{3}|compare\/[\d-vs]+)\/$/.test(href))).toBe(true);
  });

  it(`needs at most ${MAX_DEPTH} answers to reach any end`, () => {
    const deep = [...ends].flatMap(([href, paths]) =>
      paths.filter((p) => p.depth > MAX_DEPTH).map((p) => `${href}: ${p.answers.join(' > ')}`),
    );
    expect(deep).toEqual([]);
  });

  it('reaches at least 40 distinct codes', () => {
    const codes = [...ends.keys()].filter((href) => /^\/\d{3}\/$/.test(href));
    expect(codes.length).toBeGreaterThanOrEqual(40);
  });

  it('says why at every end, and shows the answers so far as a trail back to each question', async () => {
    for (const [path, reached] of steps) {
      const page = await pageAt(dir, path);
      for (const item of page.doc.querySelectorAll('.guide-answers > li')) {
        const href = item.querySelector('a')?.getAttribute('href') ?? '';
        if (!href.startsWith('/choose/')) expect(text(item.querySelector('p')), `${path} -> ${href}`).not.toBe('');
      }
      const trail = page.doc.querySelectorAll('.guide-trail li');
      expect(
        trail.map((li) => text(li.querySelector('.answer'))),
        path,
      ).toEqual(reached.answers);
      for (const li of trail) expect(steps.has(li.querySelector('a')?.getAttribute('href') ?? ''), path).toBe(true);
    }
  });
});
