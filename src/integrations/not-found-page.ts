/**
 * Astro reserves the routes /404 and /500 for the site's own error pages, but this site needs
 * /404/ and /500/ as reference pages. So the not-found page is built at a private route and moved
 * to dist/404.html, the file static hosts serve (with status 404) for unknown URLs.
 */
import { rename, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const NOT_FOUND_ROUTE = 'not-found-page';

export async function moveNotFoundPage(outDir: URL): Promise<void> {
  const source = new URL(`${NOT_FOUND_ROUTE}/index.html`, outDir);
  const target = new URL('404.html', outDir);
  try {
    await stat(source);
  } catch {
    throw new Error(
      `not-found page missing: expected ${fileURLToPath(source)} from src/pages/${NOT_FOUND_ROUTE}.astro`,
    );
  }
  await rename(source, target);
  await rm(new URL(`${NOT_FOUND_ROUTE}/`, outDir), { recursive: true, force: true });
}

export default function notFoundPage(): AstroIntegration {
  return {
    name: 'not-found-page',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await moveNotFoundPage(dir);
      },
    },
  };
}
