/**
 * axe-core, injected into a page under test, checking WCAG 2.2 levels A and AA, and that every
 * role sits on an element ARIA in HTML allows it on (a best practice Lighthouse also audits).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's tags for every WCAG 2.0, 2.1 and 2.2 success criterion at levels A and AA. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Rules outside those tags that run as well. */
const EXTRA_RULES = { 'aria-allowed-role': { enabled: true } };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe over the page as it is now; one line per failing element, empty when all is well. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which a page's Content-Security-Policy does not govern.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    ({ tags, rules }) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] },
      ),
    { tags: WCAG_22_AA, rules: EXTRA_RULES },
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown impact'}) at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}
