/**
 * A second build served from a sub-path, as GitHub Pages serves project sites: starting from the
 * home page, every link, asset, preview image and sitemap entry resolves under that sub-path.
 */
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { readPages } from '../../scripts/lib/dist.ts';
import { SUB_PATH } from '../support/site-setup.ts';

const BASE = SUB_PATH.base;
const SITE = SUB_PATH.site;
const dir = inject('subPathDir');
const server = { url: inject('subPathUrl') };

/** Internal references of an HTML page: links, assets, and absolute URLs pointing into the site. */
function referencesIn(html: string, pageUrl: URL): URL[] {
  const doc = parse(html);
  const refs = [
    ...doc.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')),
    ...doc.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')),
    ...doc
      .querySelectorAll('meta[property="og:image"], meta[property="og:url"]')
      .map((el) => el.getAttribute('content')),
  ];
  return (
    refs
      // Fragment-only links (the skip link) stay on the page itself.
      .filter((ref): ref is string => !!ref && !ref.startsWith('#'))
      .map((ref) => new URL(ref, pageUrl))
      .filter((url) => url.origin === SITE || url.origin === pageUrl.origin)
      .map((url) => new URL(url.pathname, server.url))
  );
}

describe(`site served from ${BASE}`, () => {
  it('has no broken link, asset or preview image on any page reachable from the home page', async () => {
    const seen = new Map<string, string>(); // url -> the page that first linked it
    const queue = [new URL(server.url)];
    const broken: string[] = [];
    let crawled = 0;
    seen.set(server.url, '(start)');
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) {
        broken.push(`${url.pathname} (${response.status}), linked from ${seen.get(url.href)}`);
        continue;
      }
      if (!response.headers.get('content-type')?.startsWith('text/html')) continue;
      crawled += 1;
      for (const ref of referencesIn(await response.text(), url)) {
        if (seen.has(ref.href)) continue;
        seen.set(ref.href, url.pathname);
        queue.push(ref);
      }
    }
    expect(broken).toEqual([]);
    // Every built page is reachable by following links (the not-found page only by a bad URL).
    expect(crawled).toBe((await readPages(dir)).length - 1);
    expect([...seen.keys()].every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
  });

  it('answers an unknown address under the sub-path with the not-found page, whose links work', async () => {
    const response = await fetch(new URL('no-such-page/', server.url));
    expect(response.status).toBe(404);
    const links = referencesIn(await response.text(), new URL('no-such-page/', server.url));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect((await fetch(link)).status, link.pathname).toBe(200);
  });

  it('lists sitemap entries and the robots.txt sitemap under the sub-path', async () => {
    const robots = await (await fetch(new URL('robots.txt', server.url))).text();
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const sitemap = await (await fetch(new URL('sitemap-0.xml', server.url))).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? ''));
    expect(locs.length).toBeGreaterThan(100);
    for (const loc of locs) {
      expect(loc.href.startsWith(`${SITE}${BASE}`), loc.href).toBe(true);
      expect((await fetch(new URL(loc.pathname, server.url))).status, loc.pathname).toBe(200);
    }
  });

  it('publishes data whose page URLs carry the sub-path', async () => {
    const data = (await (await fetch(new URL('codes.json', server.url))).json()) as {
      codes: { code: number; pageUrl: string }[];
    };
    for (const record of data.codes) expect(record.pageUrl).toBe(`${SITE}${BASE}${record.code}/`);
  });
});
