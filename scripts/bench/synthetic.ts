/**
 * Synthetic code pages for the scaling section. Each is a copy of a real page (taken in turn, so
 * the mix of lengths matches the site) given a free number, a "(synthetic)" name and the
 * unofficial status, which needs no RFC citation. Status codes are three digits, 100 to 599, so
 * the site can never hold more than 500 code pages: the synthetic pages fill the free numbers.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { dump } from 'js-yaml';

export const LOWEST_CODE = 100;
export const HIGHEST_CODE = 599;

export interface PageSource {
  frontmatter: Record<string, unknown>;
  body: string;
}

export function freeCodes(taken: ReadonlySet<number>): number[] {
  const free: number[] = [];
  for (let code = LOWEST_CODE; code <= HIGHEST_CODE; code += 1) if (!taken.has(code)) free.push(code);
  return free;
}

/** Facts only a registered code has: an unofficial page may not cite a spec or an expiry. */
const REGISTRY_FACTS = new Set(['spec', 'expires', 'formerNames']);

/**
 * Marks every paragraph a content rule holds to "say it once" (src/lib/content/rules.ts) with the
 * synthetic code, so a copy passes the content check the real build runs.
 */
function markProse(facts: Record<string, unknown>, code: number): Record<string, unknown> {
  const mark = (text: unknown) => `${String(text)} (Synthetic ${code}.)`;
  const fixes = facts['fixes'] as { client: unknown[]; server: unknown[] };
  return {
    ...facts,
    causes: (facts['causes'] as unknown[]).map(mark),
    fixes: { client: fixes.client.map(mark), server: fixes.server.map(mark) },
    example: mark(facts['example']),
    tip: mark(facts['tip']),
    retry: mark(facts['retry']),
    faq: (facts['faq'] as { question: string; answer: string }[]).map((f) => ({ ...f, answer: mark(f.answer) })),
  };
}

/** The text of content/codes/NNN.mdx for a synthetic page made from `template`. */
export function syntheticPage(template: PageSource, code: number): string {
  const facts = Object.fromEntries(Object.entries(template.frontmatter).filter(([key]) => !REGISTRY_FACTS.has(key)));
  const frontmatter = {
    ...markProse(facts, code),
    code,
    name: `${String(facts['name'])} (synthetic)`,
    status: 'unofficial',
    vendor: { name: 'npm run bench', product: 'a synthetic page for the scaling measurement' },
  };
  const body = template.body
    .split(/\n\s*\n/)
    .map((paragraph) => (paragraph.trim() ? `${paragraph.trimEnd()} (Synthetic ${code}.)` : paragraph))
    .join('\n\n');
  return `---\n${dump(frontmatter, { lineWidth: -1 })}---\n${body}`;
}

/** The review log a synthetic page needs to pass the content check: it says what the page is. */
const reviewLog = (code: number) =>
  `# ${code} (synthetic)\n\n## 2026-12-03\n\n- A copy made by npm run bench for the scaling measurement; nothing was checked.\n`;

/** Writes `count` synthetic pages (and their review logs) into the `content/` folder `contentDir`; returns their codes. */
export async function addSyntheticPages(contentRoot: string, count: number): Promise<number[]> {
  const contentDir = join(contentRoot, 'codes');
  const names = (await readdir(contentDir)).filter((name) => /^\d{3}\.mdx$/.test(name)).sort();
  const templates = await Promise.all(
    names.map(async (name) => {
      const { frontmatter, content } = parseFrontmatter(await readFile(join(contentDir, name), 'utf8'));
      return { frontmatter, body: content };
    }),
  );
  const free = freeCodes(new Set(names.map((name) => Number(name.slice(0, 3)))));
  if (count > free.length)
    throw new Error(
      `--synthetic ${count}: only ${free.length} status codes between ${LOWEST_CODE} and ${HIGHEST_CODE} have no page yet, ` +
        `so at most ${free.length} synthetic pages fit (${names.length + free.length} code pages in all, the most the site can ever have)`,
    );
  // Spread over the whole range, so every class grows, not just 1xx.
  const codes = Array.from({ length: count }, (_, i) => free[Math.floor((i * free.length) / count)]!);
  await Promise.all(
    codes.flatMap((code, i) => [
      writeFile(join(contentDir, `${code}.mdx`), syntheticPage(templates[i % templates.length]!, code)),
      writeFile(join(contentRoot, 'reviews', `${code}.md`), reviewLog(code)),
    ]),
  );
  return codes;
}
