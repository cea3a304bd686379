/** Drives a page's own scenarios (<details class="scenario">) in a Playwright page. */
import type { Locator, Page } from 'playwright-core';

export const scenarioAt = (page: Page, index: number) => page.locator('details.scenario').nth(index);

/** Opens the scenario, presses its "Send request" and returns what its live region announces. */
export async function runScenario(scenario: Locator): Promise<string> {
  await scenario.locator('summary').click();
  await scenario.getByRole('button', { name: /Send request/ }).click();
  const status = scenario.getByRole('status');
  await status.page().waitForFunction((el) => !!(el as HTMLElement).dataset['tone'], await status.elementHandle());
  return (await status.textContent()) ?? '';
}
