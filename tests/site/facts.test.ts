/** The derived facts as the built pages show them: caching lines, sources and versioned constants. */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageAt, readPages, text, type BuiltPage } from '../../scripts/lib/dist.ts';
import { isCodePage } from '../../scripts/lib/budgets.ts';

const dir = inject('siteDir');
let codePages: BuiltPage[] = [];
beforeAll(async () => {
  codePages = (await readPages(dir)).filter(isCodePage);
});

/** The facts box entry of a page, by its label. */
async function fact(code: number, label: string): Promise<string> {
  const page = await pageAt(dir, `/${code}/`);
  const dt = page.doc.querySelectorAll('.facts dt').find((term) => text(term) === label);
  return text(dt?.nextElementSibling);
}

describe('facts on the built pages', () => {
  it('say which responses a cache never stores, with the section that says so', async () => {
    for (const code of [100, 104])
      expect(await fact(code, 'Caching'), String(code)).toMatch(/^Never stored: .* \(RFC 9111, section 3\)$/);
    const rfc6585 = { 428: '3', 429: '4', 431: '5', 511: '6' };
    for (const [code, section] of Object.entries(rfc6585))
      expect(await fact(Number(code), 'Caching'), code).toMatch(
        new RegExp(`^Never stored: .* \\(RFC 6585, section ${section}\\)$`),
      );
  });

  it('call 200 and 404 heuristically cacheable and 409 cacheable only with explicit freshness', async () => {
    for (const code of [200, 404])
      expect(await fact(code, 'Caching'), String(code)).toMatch(
        /^Heuristically cacheable: .* \(RFC 9110, section 15\.1\)$/,
      );
    expect(await fact(409, 'Caching')).toMatch(/^Only with explicit freshness: .* \(RFC 9111, section 3\)$/);
  });

  it('list the sources of every code page, the defining section first', async () => {
    for (const page of codePages) {
      const links = page.doc.querySelectorAll('.sources a');
      expect(links.length, page.path).toBeGreaterThan(0);
      for (const link of links) expect(link.getAttribute('href'), page.path).toMatch(/^https:\/\//);
    }
    const first = (await pageAt(dir, '/409/')).doc.querySelector('.sources a');
    expect(first?.getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10');
  });

  it('give the release of a renamed constant and the older name beside it', async () => {
    const row = async (code: number, library: string) =>
      text(
        (await pageAt(dir, `/${code}/`)).doc
          .querySelectorAll('.constants tbody tr')
          .find((tr) => text(tr.querySelector('th')).startsWith(library))
          ?.querySelector('td'),
      );
    expect(await row(413, 'Java Spring')).toMatch(/HttpStatus\.CONTENT_TOO_LARGE \(since 7\.0\.0\).*PAYLOAD_TOO_LARGE/);
    expect(await row(413, 'Ruby')).toMatch(/:content_too_large \(since 3\.1\.0\).*:payload_too_large/);
    expect(await row(422, 'Python')).toMatch(/HTTPStatus\.UNPROCESSABLE_CONTENT \(since 3\.13\).*UNPROCESSABLE_ENTITY/);
    expect(await row(422, 'Java Spring')).toMatch(/UNPROCESSABLE_CONTENT \(since 7\.0\.0\)/);
  });
});
