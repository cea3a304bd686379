/**
 * Records Content-Security-Policy violations in Chromium: the `securitypolicyviolation` events of
 * every document (registered before any page script runs) and the browser's own "Refused to ..."
 * console reports, which also cover workers.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface CspViolation {
  directive: string;
  blocked: string;
  where: string;
}

interface WatchedWindow {
  __cspViolations: CspViolation[];
}

export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: CspViolation[] = [];
    (window as unknown as WatchedWindow).__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        seen.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          where: `${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        }),
      true,
    );
  });
}

/** Collects the console's CSP reports for a page; read them after the page has done its work. */
export function cspConsoleReports(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  return reports;
}

/** The violations the page's documents saw so far, after letting queued events fire. */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as WatchedWindow).__cspViolations;
  });
}
