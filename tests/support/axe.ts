/** Runs axe-core (the npm package) inside a Playwright page and returns its violations. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let source: Promise<string> | undefined;

export async function axeViolations(page: Page, options: RunOptions = {}): Promise<AxeResults['violations']> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated rather than added as a <script>, so a Content-Security-Policy cannot block it.
  await page.evaluate(await source);
  const results = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (o: RunOptions) => Promise<AxeResults> } }).axe.run(runOptions),
    { runOnly: { type: 'tag', values: WCAG_AA_TAGS }, ...options } satisfies RunOptions,
  );
  return results.violations;
}

/** One line per violation and node, readable in a failed assertion. */
export const describeViolations = (violations: AxeResults['violations']) =>
  violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} – ${node.failureSummary ?? v.help}`),
  );
