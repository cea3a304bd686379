import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import LiveExample from '../../src/components/live/LiveExample.astro';
import { tryItView } from '../../src/lib/live/try-it.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(code: number, headers: { name: string; note: string }[] = []) {
  const html = await container.renderToString(LiveExample, {
    props: { code, tryIt: tryItView(code, headers, 'https://httpbin.example') },
  });
  return parse(html);
}

describe('LiveExample', () => {
  it('stays hidden until its script runs, carrying what the script needs', async () => {
    const widget = (await render(409)).querySelector('live-example');
    expect(widget?.hasAttribute('hidden')).toBe(true);
    expect(widget?.attributes).toMatchObject({
      'data-code': '409',
      'data-live': 'normal',
      'data-server': 'https://httpbin.example',
    });
  });

  it('offers a method, the copies and the server for a code it sends', async () => {
    const doc = await render(409);
    expect(doc.querySelector('[data-ref="method"]')?.closest('label')?.hasAttribute('hidden')).toBe(false);
    expect(doc.querySelector('[data-ref="copy-curl"]')?.hasAttribute('hidden')).toBe(false);
    expect(doc.querySelector('.note')).toBeNull();
  });

  it('explains a 1xx instead of sending it, with nothing to configure or copy', async () => {
    const doc = await render(103);
    expect(doc.querySelector('.note')?.textContent).toMatch(/Nothing is sent for a 1xx code/);
    for (const ref of ['copy-curl', 'copy-fetch'])
      expect(doc.querySelector(`[data-ref="${ref}"]`)?.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('.server')?.hasAttribute('hidden')).toBe(true);
  });

  it("explains the mode's behaviour, with inline Markdown rendered", async () => {
    const note = (await render(301)).querySelector('.note');
    expect(note?.textContent).toMatch(/does not follow the 301/);
    expect(note?.querySelector('code')?.textContent).toBe("redirect: 'manual'");
  });

  it('adds the retry demo only where httpbin can answer at random', async () => {
    expect((await render(429)).querySelector('[data-ref="retry"]')).not.toBeNull();
    expect((await render(500)).querySelector('[data-ref="retry"]')).toBeNull();
    expect((await render(429)).querySelector('.retry code')?.textContent).toBe('/status/429:0.6,200:0.4');
  });

  it('lists the headers script cannot read, from the code facts', async () => {
    const doc = await render(301, [
      { name: 'Location', note: 'The new URL.' },
      { name: 'Content-Type', note: 'Readable.' },
    ]);
    expect(doc.querySelectorAll('.hidden-headers li').map((dt) => dt.textContent.trim())).toEqual(['Location']);
  });
});
