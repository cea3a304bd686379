import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchEngine as Engine, SearchOutcome } from '../../../src/lib/search/engine.ts';
import type { KnownCode } from '../../../src/lib/search/lookup.ts';
import { withSite } from '../../support/site-env.ts';

// The engine as it runs on a site under /docs/.
const { SearchEngine } = await withSite(() => import('../../../src/lib/search/engine.ts'));

// In Node there is no pagefind/pagefind.js to import, as in `astro dev`: these tests cover the
// instant step and what the engine says when the full-text index cannot load. The browser tests
// in tests/site/search.test.ts cover the full-text step on a real build.
const CODES: KnownCode[] = [
  { code: 409, name: 'Conflict', formerNames: [], registration: 'registered', summary: 'A clash.' },
  { code: 499, name: 'Client Closed Request', formerNames: [], registration: 'unofficial', summary: 'Gone away.' },
];

const fetchCodes = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchCodes.mockReset();
  fetchCodes.mockImplementation(async () => Response.json(CODES));
  vi.stubGlobal('fetch', fetchCodes);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

async function outcomes(engine: Engine, query: string, filters = {}): Promise<SearchOutcome[]> {
  const all: SearchOutcome[] = [];
  for await (const outcome of engine.run(query, filters)) all.push(outcome);
  return all;
}

describe('search engine', () => {
  it('answers a known code at once, then says the dev server has no full-text index', async () => {
    vi.stubEnv('DEV', true);
    const [instant, final] = await outcomes(new SearchEngine(), '409');
    expect(fetchCodes).toHaveBeenCalledWith('/docs/search-codes.json');
    expect(instant).toMatchObject({ complete: false, problem: null, results: [{ url: '/docs/409/', code: '409' }] });
    expect(final).toMatchObject({ complete: true, results: [{ url: '/docs/409/' }] });
    expect(final?.problem).toMatch(/full-text search needs a built site \(npm run build/);
  });

  it('reports a missing index on a built site without blaming the dev server', async () => {
    vi.stubEnv('DEV', false);
    const [, final] = await outcomes(new SearchEngine(), 'conflict');
    expect(final?.results.map((r) => r.url)).toEqual(['/docs/409/']);
    expect(final?.problem).toBe('Full-text search could not load; code numbers and names still work.');
  });

  it('says only what still works when neither the code list nor the index loads', async () => {
    vi.stubEnv('DEV', false);
    fetchCodes.mockResolvedValueOnce(new Response('down', { status: 503 }));
    const [final] = await outcomes(new SearchEngine(), '409');
    expect(final).toMatchObject({ complete: true, results: [] });
    expect(final?.problem).toBe(
      'Search could not load. Every code is still listed on the home page and on its class page.',
    );
  });

  it('applies the filters to instant answers', async () => {
    const [instant] = await outcomes(new SearchEngine(), '409 499', { registration: 'unofficial' });
    expect(instant?.results.map((r) => r.code)).toEqual(['499']);
  });

  it('loads the code list once, and again after a failed load', async () => {
    const engine = new SearchEngine();
    fetchCodes.mockResolvedValueOnce(new Response('down', { status: 503 }));
    const [failed] = await outcomes(engine, '409');
    expect(failed).toMatchObject({ complete: true, results: [] });
    await outcomes(engine, '409');
    await outcomes(engine, '499');
    expect(fetchCodes).toHaveBeenCalledTimes(2);
  });

  it('holds single codes back for a query naming several, so an early Enter cannot open one', async () => {
    vi.stubEnv('DEV', false);
    const all = await outcomes(new SearchEngine(), '409 vs 499');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ complete: true, results: [{ code: '409' }, { code: '499' }] });
  });

  it('offers the decoder first for a pasted response, carrying the paste, unless a filter is set', async () => {
    const paste = 'HTTP/1.1 409 Conflict\nETag: "1"';
    const [instant] = await outcomes(new SearchEngine(), paste);
    expect(instant?.results.map((r) => r.url)).toEqual(['/docs/decode/', '/docs/409/']);
    expect(instant?.results[0]?.paste).toBe(paste);
    const [filtered] = await outcomes(new SearchEngine(), paste, { kind: 'code' });
    expect(filtered?.results.map((r) => r.url)).toEqual(['/docs/409/']);
  });
});
