/** Headless Debian Chromium driven by playwright-core; no browser download is needed. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Resolves every host name but 127.0.0.1 to nothing, so a page cannot reach the internet. */
export const NO_NETWORK_ARG = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export function assertChromium(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run "apt-get install -y chromium" (or npm test as root, which installs it)`,
    );
}

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
