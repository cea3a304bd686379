/** Moves every built page's CSP <meta> to the top of <head> (src/lib/seo/policy-first.ts says why). */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policyFirst } from '../lib/seo/policy-first.ts';

export async function movePoliciesFirst(outDir: string): Promise<number> {
  const pages = (await readdir(outDir, { recursive: true })).filter((path) => path.endsWith('.html'));
  for (const page of pages) {
    const file = join(outDir, page);
    await writeFile(file, policyFirst(await readFile(file, 'utf8'), page));
  }
  return pages.length;
}

export default function policyFirstIntegration(): AstroIntegration {
  return {
    name: 'policy-first',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`Content-Security-Policy moved first in ${await movePoliciesFirst(fileURLToPath(dir))} pages.`);
      },
    },
  };
}
