/**
 * The live widget in headless Chromium, against the built site, a real httpbin and local fault
 * servers. Every server is on 127.0.0.1; the one request meant for httpbingo.org is answered by a
 * Playwright route, so nothing reaches the internet.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { announced, send, statusOf, widget } from '../support/live-widget.ts';
import { HOSTILE_BODY, startFaultServer, type Fault } from '../support/fault-servers.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const siteUrl = inject('siteUrl');
const httpbinUrl = inject('httpbinUrl');
const siteOrigin = new URL(siteUrl).origin;
const FALLBACK = 'https://httpbingo.org';

let browser: Browser;
const faults = new Map<Fault, RunningServer>();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  for (const fault of [
    'down',
    'slow',
    'no-cors',
    'error-no-cors',
    'hostile',
    'redirect-loop',
    'cut-off',
    'not-http',
  ] as const)
    faults.set(fault, await startFaultServer(fault));
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([...faults.values()].map((server) => server.close()));
});

function faultUrl(fault: Fault): string {
  const server = faults.get(fault);
  if (!server) throw new Error(`fault server "${fault}" did not start`);
  return server.url;
}

interface Opened {
  page: Page;
  /** Every request the page made, in order. */
  requests: Request[];
}

/** A fresh browser profile (empty localStorage) with the code's page loaded. */
async function open(code: number, options: BrowserContextOptions = {}, prepare?: (page: Page) => Promise<void>) {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await prepare?.(page);
  await page.goto(new URL(`${code}/`, siteUrl).href, { waitUntil: 'networkidle' });
  return { page, requests } satisfies Opened;
}

const toHttpbin = (requests: Request[]) => requests.filter((r) => r.url().startsWith(`${httpbinUrl}/`));

async function useServer(page: Page, server: string): Promise<void> {
  await widget(page).getByRole('button', { name: 'Change server' }).click();
  await widget(page)
    .getByLabel(/httpbin-compatible server/)
    .fill(server);
  await widget(page).getByRole('button', { name: 'Use this server' }).click();
}

/** The widget's "label: value" pairs, such as status: 409. */
async function facts(page: Page): Promise<Record<string, string>> {
  const items = await widget(page)
    .locator('[data-ref="facts"]')
    .evaluate((dl) => [...dl.children].map((el) => el.textContent ?? ''));
  return Object.fromEntries(items.flatMap((item, i) => (i % 2 ? [] : [[item, items[i + 1] ?? '']])));
}

describe('live widget: before the click', () => {
  it('sends nothing while the page loads, and shows the button and server', async () => {
    for (const code of [409, 503]) {
      const { page, requests } = await open(code);
      const elsewhere = requests.filter((r) => new URL(r.url()).origin !== siteOrigin).map((r) => r.url());
      expect(elsewhere, `/${code}/ loaded only from the site`).toEqual([]);
      await expect(
        widget(page)
          .getByRole('button', { name: /Send request/ })
          .isVisible(),
      ).resolves.toBe(true);
      expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(httpbinUrl);
    }
  });

  it('leaves the curl block alone and hides the widget without JavaScript', async () => {
    const { page } = await open(409, { javaScriptEnabled: false });
    expect(await page.locator('section:has(> #try-it) pre').first().textContent()).toContain(
      `curl -i ${httpbinUrl}/status/409`,
    );
    expect(await widget(page).isVisible()).toBe(false);
  });
});

describe('live widget: codes against a real httpbin', () => {
  it('shows a 409 with its reason phrase, ok, type, readable headers and body', async () => {
    const { page, requests } = await open(409);
    const headline = await send(page);
    expect(headline).toMatch(/^409 CONFLICT in \d+ ms\.$/);
    expect(await facts(page)).toMatchObject({
      status: '409',
      statusText: '"CONFLICT"',
      ok: 'false',
      type: 'cors',
      redirected: 'false',
      url: `${httpbinUrl}/status/409`,
    });
    expect(await widget(page).locator('[data-ref="headers"]').textContent()).toContain('content-type');
    expect(await widget(page).locator('[data-ref="body"]').textContent()).toBe('(empty)');
    expect(toHttpbin(requests).map((r) => `${r.method()} ${r.url()}`)).toEqual([`GET ${httpbinUrl}/status/409`]);
  });

  it('sends the method the reader picks, keyboard only', async () => {
    const { page, requests } = await open(409);
    await widget(page).getByRole('combobox', { name: 'Method' }).selectOption('DELETE');
    await widget(page).getByRole('combobox', { name: 'Method' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Send request');
    await page.keyboard.press('Enter');
    expect(await announced(page)).toMatch(/^409 CONFLICT/);
    expect(toHttpbin(requests).map((r) => r.method())).toContain('DELETE');
  });

  it('sends nothing for 1xx and explains why', async () => {
    const { page, requests } = await open(100);
    expect(await send(page)).toBe('Nothing was sent: fetch() never exposes a 1xx response to a page.');
    expect(await widget(page).locator('.note').textContent()).toMatch(/never handed to a page/);
    await page.waitForTimeout(300);
    expect(toHttpbin(requests)).toEqual([]);
    expect(await widget(page).locator('[data-ref="result"]').isVisible()).toBe(false);
  });

  it('explains the opaque 3xx redirect, then follows it and shows where it ended', async () => {
    const { page, requests } = await open(301);
    expect(await send(page)).toMatch(/^Opaque redirect in \d+ ms: status 0/);
    expect(toHttpbin(requests).map((r) => r.url())).not.toContain(`${httpbinUrl}/get`);
    expect(await facts(page)).toMatchObject({ status: '0', type: 'opaqueredirect', statusText: '""' });
    expect(await widget(page).locator('.note').textContent()).toMatch(/redirect: 'manual'.*opaque redirect/);
    expect(await widget(page).locator('.hidden-headers').textContent()).toContain('Location');

    await widget(page).getByRole('button', { name: 'Follow the redirect' }).click();
    expect(await announced(page)).toMatch(
      new RegExp(`^200 OK in \\d+ ms, after following redirects to ${httpbinUrl}/get\\.$`),
    );
    expect(await facts(page)).toMatchObject({ status: '200', redirected: 'true', url: `${httpbinUrl}/get` });
    expect(toHttpbin(requests).at(-1)?.url()).toBe(`${httpbinUrl}/get`);
  });

  it('shows a null body for 204 and explains 401 without a sign-in prompt', async () => {
    const noContent = await open(204);
    expect(await send(noContent.page)).toMatch(/^204 NO CONTENT/);
    expect(await widget(noContent.page).locator('[data-ref="body"]').textContent()).toBe('(empty)');
    expect(await widget(noContent.page).locator('.note').textContent()).toMatch(/null-body status/);

    const unauthorized = await open(401);
    unauthorized.page.on('dialog', (dialog) => void dialog.dismiss());
    expect(await send(unauthorized.page)).toMatch(/^401 UNAUTHORIZED/);
    expect(await widget(unauthorized.page).locator('.note').textContent()).toMatch(/No sign-in dialog/);
    expect(await widget(unauthorized.page).locator('.hidden-headers').textContent()).toContain('WWW-Authenticate');
  });

  it('presents the 407 rejection as the expected outcome, without fault help', async () => {
    const { page } = await open(407);
    expect(await send(page)).toMatch(/as expected: Chromium refuses a 407/);
    expect(await widget(page).locator('[data-ref="fault"]').isVisible()).toBe(false);
  });

  it("keeps httpbin's 402 body hidden until asked", async () => {
    const { page } = await open(402);
    expect(await send(page)).toMatch(/^402 PAYMENT REQUIRED/);
    const body = widget(page).locator('[data-ref="body"]');
    expect(await body.isVisible()).toBe(false);
    await widget(page).getByRole('button', { name: 'Show the body' }).click();
    expect(await body.isVisible()).toBe(true);
    expect(await body.textContent()).toMatch(/pay me/);
  });

  it('runs the retry-with-backoff demo on 503 and shows each attempt', async () => {
    const { page, requests } = await open(503);
    await widget(page).getByRole('button', { name: 'Run the retry demo' }).click();
    const summary = await announced(page, 15_000);
    expect(summary).toMatch(/^(Got 200 on attempt \d|Gave up after 5 attempts)/);
    const lines = await widget(page).locator('[data-ref="attempts"] li').allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(5);
    lines.forEach((line, i) =>
      expect(line).toMatch(
        new RegExp(`^Attempt ${i + 1}${i ? ' after waiting \\d+ ms' : ''}: (503 SERVICE UNAVAILABLE|200 OK)$`),
      ),
    );
    expect(lines.slice(0, -1).every((line) => line.endsWith('503 SERVICE UNAVAILABLE'))).toBe(true);
    expect(toHttpbin(requests).map((r) => new URL(r.url()).pathname)).toEqual(
      lines.map(() => '/status/503:0.6,200:0.4'),
    );
  });
});

describe('live widget: faults', () => {
  it('reports an unreachable server with the curl command and a switch to httpbingo.org', async () => {
    const server = faultUrl('down');
    const { page, requests } = await open(409);
    await useServer(page, server);
    expect(await send(page)).toBe(
      `No usable answer from ${server}: it is down, the address is wrong, it does not speak HTTP, or you are offline.`,
    );
    expect(await widget(page).locator('[data-ref="fault-curl"]').textContent()).toBe(`curl -i ${server}/status/409`);

    await page.route(`${FALLBACK}/**`, (route) =>
      route.fulfill({ status: 409, headers: { 'access-control-allow-origin': '*' }, body: 'from the route' }),
    );
    await widget(page)
      .getByRole('button', { name: `Switch to ${FALLBACK} and resend` })
      .click();
    expect(await announced(page)).toMatch(/^409 /);
    expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(FALLBACK);
    expect(requests.at(-1)?.url()).toBe(`${FALLBACK}/status/409`);
  });

  it('reports a server without CORS headers, and one failing with 5xx without them, as blocked', async () => {
    for (const fault of ['no-cors', 'error-no-cors'] as const) {
      const server = faultUrl(fault);
      const { page } = await open(409);
      await useServer(page, server);
      expect(await send(page), fault).toMatch(new RegExp(`^${server} answered without CORS headers`));
      expect(await widget(page).locator('[data-ref="fault"]').isVisible()).toBe(true);
      expect(
        await widget(page)
          .getByRole('button', { name: /Switch to .* and resend/ })
          .isVisible(),
      ).toBe(true);
    }
  });

  it('gives up on a server that never answers after 8 s', async () => {
    const server = faultUrl('slow');
    const { page } = await open(409);
    await useServer(page, server);
    await widget(page)
      .getByRole('button', { name: /Send request/ })
      .click();
    expect(await announced(page, 15_000)).toBe(`No answer from ${server} within 8 s: it is slow or stuck.`);
    expect(await widget(page).locator('[data-ref="fault-curl"]').textContent()).toBe(`curl -i ${server}/status/409`);
  });

  it('names a redirect loop as one, not as a server it could not reach', async () => {
    const server = faultUrl('redirect-loop');
    const { page } = await open(409);
    await useServer(page, server);
    expect(await send(page)).toMatch(new RegExp(`^${server} answered with a redirect, and following it failed`));
  });

  it('names a body cut off before its Content-Length, not a CORS problem', async () => {
    const server = faultUrl('cut-off');
    const { page } = await open(200);
    await useServer(page, server);
    expect(await send(page)).toBe(
      `${server} began its response, then the connection ended before the whole body arrived (less than its Content-Length promised).`,
    );
  });

  it('counts an answer that is not HTTP among the reasons it got no usable answer', async () => {
    const server = faultUrl('not-http');
    const { page } = await open(409);
    await useServer(page, server);
    expect(await send(page)).toMatch(/it does not speak HTTP/);
  });

  it('shows a hostile HTML body as inert text', async () => {
    const { page } = await open(200);
    await useServer(page, faultUrl('hostile'));
    expect(await send(page)).toMatch(/^200 OK/);
    expect(await widget(page).locator('[data-ref="body"]').textContent()).toBe(HOSTILE_BODY);
    expect(await widget(page).locator('[data-ref="body"] *').count()).toBe(0);
    expect(await page.evaluate(() => '__hostile' in window)).toBe(false);
  });
});

describe('live widget: settings and copying', () => {
  it('uses a stored server only as the check returns it, and ignores one it refuses', async () => {
    const stored = (value: string) => async (page: Page) => {
      await page.addInitScript((v) => localStorage.setItem('live-example-server', v), value);
    };
    const padded = `   ${httpbinUrl.replace('127.0.0.1', 'localhost')}/?   `;
    const first = await open(409, {}, stored(padded));
    expect(await widget(first.page).locator('[data-ref="server"]').textContent()).toBe(
      httpbinUrl.replace('127.0.0.1', 'localhost'),
    );
    expect(await send(first.page)).toMatch(/^409 /);

    for (const refused of ['http://[::1]:4600', `${httpbinUrl}/${'x'.repeat(4 * 1024 * 1024)}`]) {
      const { page } = await open(409, {}, stored(refused));
      expect(await widget(page).locator('[data-ref="server"]').textContent(), refused.slice(0, 40)).toBe(httpbinUrl);
    }
  });

  it('validates the server, keeps it across pages, and resets to the default', async () => {
    const { page } = await open(409);
    await useServer(page, 'ftp://example.org');
    const input = widget(page).getByLabel(/httpbin-compatible server/);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await widget(page).locator('#live-server-error').textContent()).toMatch(/ftp: is not supported/);
    expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(httpbinUrl);

    const other = faultUrl('hostile');
    await widget(page)
      .getByLabel(/httpbin-compatible server/)
      .fill(`${other}/`);
    await widget(page).getByRole('button', { name: 'Use this server' }).click();
    expect(await input.getAttribute('aria-invalid')).toBe('false');
    expect(await statusOf(page).textContent()).toBe(`Requests now go to ${other}.`);

    await page.goto(new URL('410/', siteUrl).href);
    await widget(page).waitFor(); // shown once its code has run, which reads the stored server
    expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(other);
    await widget(page).getByRole('button', { name: 'Change server' }).click();
    await widget(page)
      .getByRole('button', { name: `Reset to ${httpbinUrl}` })
      .click();
    expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(httpbinUrl);
    await page.reload();
    await widget(page).waitFor();
    expect(await widget(page).locator('[data-ref="server"]').textContent()).toBe(httpbinUrl);
  });

  it('copies the exact request as curl and as fetch', async () => {
    const { page } = await open(302, { permissions: ['clipboard-read', 'clipboard-write'] });
    await widget(page).getByRole('combobox', { name: 'Method' }).selectOption('POST');
    await widget(page).getByRole('button', { name: 'Copy as curl' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`curl -i -X POST ${httpbinUrl}/status/302`);
    await widget(page).getByRole('button', { name: 'Copy as fetch' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `fetch('${httpbinUrl}/status/302', { method: 'POST', redirect: 'manual' })`,
    );
    expect(await statusOf(page).textContent()).toBe('Copied the request as fetch.');
  });
});
