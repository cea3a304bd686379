/**
 * Compression as a static host that precompresses its files serves them: gzip at level 9 and
 * brotli at quality 11. Byte budgets are measured with these, and the bench serves them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function compress(data: string | Uint8Array, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } })
    : gzipSync(data, { level: 9 });
}

export const brotliSize = (data: string | Uint8Array): number => compress(data, 'br').length;

export function sizesOf(data: string | Uint8Array): Sizes {
  const raw = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  return { raw, gzip: compress(data, 'gzip').length, brotli: brotliSize(data) };
}

export const addSizes = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

export const NO_BYTES: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** File types a host compresses; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * Writes a .br and a .gz twin beside every compressible file under `dir`, as a host that
 * precompresses its files keeps them; the static server answers with them when asked to compress.
 */
export async function precompress(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter(
    (entry) => entry.isFile() && COMPRESSIBLE.has(extname(entry.name)),
  );
  await Promise.all(
    files.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const data = await readFile(path);
      await writeFile(`${path}.br`, compress(data, 'br'));
      await writeFile(`${path}.gz`, compress(data, 'gzip'));
    }),
  );
}
