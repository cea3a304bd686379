/** What Chromium fetches to show a code page for the first time: requests and bytes. */
import { launchBrowser, NO_NETWORK_ARG } from '../../lib/browser.ts';
import type { BenchSection } from '../section.ts';
import { formatBytes } from '../format.ts';
import { sum } from '../stats.ts';

/** The model code page (content/STYLE.md). */
export const FIRST_VIEW_PATH = '409/';

interface Fetched {
  url: string;
  type: string;
  status: number;
  /** Response headers plus the body as sent (brotli or gzip from the bench's server). */
  transferred: number;
  /** The body after decoding. */
  decoded: number;
}

export const firstViewSection: BenchSection = {
  id: 'first-view',
  title: `First view of /${FIRST_VIEW_PATH} in Chromium`,
  async run({ siteUrl }) {
    const browser = await launchBrowser([NO_NETWORK_ARG]);
    try {
      const page = await browser.newPage();
      const pending: Promise<Fetched>[] = [];
      const failed: string[] = [];
      page.on('requestfinished', (request) =>
        pending.push(
          (async () => {
            const response = await request.response();
            const sizes = await request.sizes();
            return {
              url: request.url(),
              type: request.resourceType(),
              status: response?.status() ?? 0,
              transferred: sizes.responseHeadersSize + sizes.responseBodySize,
              decoded: (await response?.body())?.byteLength ?? 0,
            };
          })(),
        ),
      );
      page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      const url = new URL(FIRST_VIEW_PATH, siteUrl).href;
      await page.goto(url, { waitUntil: 'networkidle' });
      const fetched = await Promise.all(pending);
      const totals = {
        requestCount: fetched.length + failed.length,
        transferred: sum(fetched.map((f) => f.transferred)),
        decoded: sum(fetched.map((f) => f.decoded)),
      };
      return {
        tables: [
          {
            columns: ['request', 'type', 'status', 'transferred', 'decoded'],
            rows: [
              ...fetched.map((f) => [
                new URL(f.url).pathname,
                f.type,
                f.status,
                formatBytes(f.transferred),
                formatBytes(f.decoded),
              ]),
              [
                `total: ${totals.requestCount} request(s)`,
                '',
                '',
                formatBytes(totals.transferred),
                formatBytes(totals.decoded),
              ],
            ],
          },
        ],
        notes: [
          'Until the network is idle for 500 ms. The server compresses like a production host (brotli here); transferred includes headers.',
          ...failed.map((line) => `failed: ${line}`),
        ],
        data: { url, ...totals, requests: fetched, failed },
      };
    } finally {
      await browser.close();
    }
  },
};
