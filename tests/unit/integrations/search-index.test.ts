import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Pagefind service is a native binary: these tests replace the module and check what the
// integration asks of it and how it reacts to each kind of failure.
const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(),
  index: { addDirectory: vi.fn(), writeFiles: vi.fn() },
}));
vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

const {
  buildSearchIndex,
  INDEX_CONFIG,
  default: searchIndex,
} = await import('../../../src/integrations/search-index.ts');

const outDir = pathToFileURL('/tmp/site-dist/');
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as AstroIntegrationLogger;

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({ errors: [], index: pagefind.index });
  pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 101 });
  pagefind.index.writeFiles.mockResolvedValue({ errors: [], outputPath: '/tmp/site-dist/pagefind' });
  pagefind.close.mockResolvedValue(null);
});

describe('search index integration', () => {
  it('indexes the build output and writes the index to pagefind/ inside it', async () => {
    await expect(buildSearchIndex(outDir, logger)).resolves.toBe(101);
    expect(pagefind.createIndex).toHaveBeenCalledWith(INDEX_CONFIG);
    expect(pagefind.index.addDirectory).toHaveBeenCalledWith({ path: fileURLToPath(outDir) });
    expect(pagefind.index.writeFiles).toHaveBeenCalledWith({ outputPath: fileURLToPath(new URL('pagefind/', outDir)) });
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('runs at astro:build:done with the output directory', async () => {
    const hook = searchIndex().hooks['astro:build:done'];
    expect(hook).toBeTypeOf('function');
    await hook?.({ dir: outDir, logger } as never);
    expect(pagefind.index.addDirectory).toHaveBeenCalledWith({ path: fileURLToPath(outDir) });
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it.each([
    ['creating the index', () => pagefind.createIndex.mockResolvedValue({ errors: ['bad config'] })],
    ['indexing', () => pagefind.index.addDirectory.mockResolvedValue({ errors: ['bad config'], page_count: 0 })],
    [
      'writing the index',
      () => pagefind.index.writeFiles.mockResolvedValue({ errors: ['bad config'], outputPath: '' }),
    ],
  ])('fails the build when Pagefind reports an error while %s, and still closes it', async (step, fail) => {
    fail();
    await expect(buildSearchIndex(outDir, logger)).rejects.toThrow(`Pagefind failed while ${step}`);
    await expect(buildSearchIndex(outDir, logger)).rejects.toThrow('bad config');
    expect(pagefind.close).toHaveBeenCalledTimes(2);
  });

  it('fails the build when Pagefind returns no index', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: [] });
    await expect(buildSearchIndex(outDir, logger)).rejects.toThrow(/returned no index/);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('fails the build when no page is marked for indexing', async () => {
    pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 0 });
    await expect(buildSearchIndex(outDir, logger)).rejects.toThrow(/data-pagefind-body/);
    expect(pagefind.index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind when a call throws instead of reporting', async () => {
    pagefind.index.writeFiles.mockRejectedValue(new Error('disk full'));
    await expect(searchIndex().hooks['astro:build:done']?.({ dir: outDir, logger } as never)).rejects.toThrow(
      'disk full',
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});
