import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import Badges from '../../src/components/code-page/Badges.astro';
import CodeFacts from '../../src/components/code-page/CodeFacts.astro';
import Constants from '../../src/components/code-page/Constants.astro';
import RelatedCodes from '../../src/components/code-page/RelatedCodes.astro';
import SpecLine from '../../src/components/code-page/SpecLine.astro';
import { codeSchema } from '../../src/lib/content/schema.ts';
import { codeView } from '../../src/lib/views/code.ts';
import { validFrontmatter } from '../fixtures/content-project.ts';

const context = {
  names: new Map([
    [412, 'Precondition Failed'],
    [422, 'Unprocessable Content'],
  ]),
  httpbinServer: 'https://httpbin.org',
};
const view = (edit: Record<string, unknown> = {}) =>
  codeView({ data: codeSchema.parse({ ...validFrontmatter(409), ...edit }) }, context);
const unofficial = view({
  code: 499,
  name: 'Client Closed Request',
  status: 'unofficial',
  spec: undefined,
  vendor: { name: 'nginx', product: 'nginx (all versions)' },
});

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  parse(await container.renderToString(component, { props }));
const text = (node: { textContent: string } | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('code page components', () => {
  it('SpecLine cites the section, or the vendor of an unofficial code, with former names and expiry', async () => {
    expect(text(await render(SpecLine, { view: view({ formerNames: ['Clash', 'Collision'] }) }))).toBe(
      'Defined in RFC 9110, section 15.5.10. Formerly called “Clash”, “Collision”.',
    );
    expect(text(await render(SpecLine, { view: unofficial }))).toBe(
      'Not defined by any RFC. Used by nginx: nginx (all versions).',
    );
    expect(
      text(await render(SpecLine, { view: view({ status: 'temporary', expires: new Date('2026-11-13') }) })),
    ).toMatch(/The registration is temporary, with a stated expiry of November 13, 2026\.$/);
  });

  it('Badges show the class, and a status badge only when the code is not plain standard', async () => {
    expect((await render(Badges, { view: view() })).querySelectorAll('.badge').map(text)).toEqual(['4xx Client Error']);
    expect((await render(Badges, { view: unofficial })).querySelectorAll('.badge').map(text)).toEqual([
      '4xx Client Error',
      'Unofficial · nginx',
    ]);
  });

  it('CodeFacts give the derived caching line with the section that says so', async () => {
    const facts = await render(CodeFacts, { view: view({ code: 429, name: 'Too Many Requests' }) });
    const caching = facts.querySelectorAll('dt').find((dt) => text(dt) === 'Caching')?.nextElementSibling;
    expect(text(caching)).toMatch(/^Never stored: .* \(RFC 6585, section 4\)$/);
    expect(caching?.querySelector('a')?.getAttribute('href')).toBe('https://www.rfc-editor.org/rfc/rfc6585#section-4');
    expect(facts.querySelectorAll('dt').map(text)).toEqual(['Caching', 'Retry', 'Browsers and fetch()']);
  });

  it('Constants give the name to use today with its version, and the older names', async () => {
    const rows = (
      await render(Constants, {
        rows: [
          {
            label: 'A',
            current: { name: 'A.CONTENT_TOO_LARGE', note: 'since 3.13' },
            older: [{ name: 'A.TOO_BIG', note: null }],
          },
          { label: 'B', current: null, older: [{ name: 'B.USE_PROXY', note: 'removed in 7.0.0' }] },
        ],
      })
    ).querySelectorAll('tbody tr');
    expect(rows.map((row) => row.querySelectorAll('th, td').map(text))).toEqual([
      ['A', 'A.CONTENT_TOO_LARGE (since 3.13)Older: A.TOO_BIG'],
      ['B', 'none definedOlder: B.USE_PROXY (removed in 7.0.0)'],
    ]);
  });

  it('RelatedCodes link each code to its page with its name and note', async () => {
    const links = (await render(RelatedCodes, { related: view().related })).querySelectorAll('a');
    expect(links.map((a) => [a.getAttribute('href'), ...a.querySelectorAll('span').map(text)])).toEqual([
      ['/412/', '412', 'Precondition Failed', 'Differs.'],
      ['/422/', '422', 'Unprocessable Content', 'Differs.'],
    ]);
  });
});
