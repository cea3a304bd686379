/**
 * Builds the Pagefind search index over the finished site with Pagefind's Node API. Only elements
 * marked data-pagefind-body (code and class pages) are indexed; see src/lib/search/meta.ts for the
 * metadata and filters each page carries. Any error Pagefind reports fails the build, and the
 * Pagefind service is always closed so a failed build does not leave its process behind.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { PAGEFIND_DIR } from '../lib/search/meta.ts';

export const INDEX_CONFIG: PagefindServiceConfig = {
  forceLanguage: 'en',
  // Code blocks are left out: their identifiers and the other codes they mention would match
  // queries about other pages, and they make unreadable excerpts.
  excludeSelectors: ['pre'],
};

function assertNoErrors<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed while ${step}:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Indexes the HTML files in `outDir` and writes the index to `outDir/pagefind/`. */
export async function buildSearchIndex(outDir: URL, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  try {
    const { index } = assertNoErrors('creating the index', await pagefind.createIndex(INDEX_CONFIG));
    if (!index) throw new Error('Pagefind failed while creating the index: it returned no index');
    const { page_count } = assertNoErrors(
      `indexing ${fileURLToPath(outDir)}`,
      await index.addDirectory({ path: fileURLToPath(outDir) }),
    );
    // No page with data-pagefind-body means every page would be indexed whole: say so instead.
    if (page_count === 0)
      throw new Error(
        'Pagefind indexed no pages: code and class pages must mark their main content with data-pagefind-body',
      );
    assertNoErrors(
      'writing the index',
      await index.writeFiles({ outputPath: fileURLToPath(new URL(PAGEFIND_DIR, outDir)) }),
    );
    logger.info(`Indexed ${page_count} pages in ${Math.round(performance.now() - started)} ms.`);
    return page_count;
  } finally {
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
