/**
 * Gives every built page its own Content-Security-Policy: only the hashes of its inline code, and
 * first in <head> (src/lib/seo/page-policy.ts says why).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pagePolicy } from '../lib/seo/page-policy.ts';

export async function writePagePolicies(outDir: string): Promise<number> {
  const pages = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
  for (const page of pages) {
    const file = join(outDir, page);
    await writeFile(file, pagePolicy(await readFile(file, 'utf8'), page));
  }
  return pages.length;
}

export default function pagePolicyIntegration(): AstroIntegration {
  return {
    name: 'page-policy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(
          `Content-Security-Policy trimmed and moved first in ${await writePagePolicies(fileURLToPath(dir))} pages.`,
        );
      },
    },
  };
}
