/**
 * Compression as a static host that pre-compresses its files serves them: gzip at level 9 and
 * brotli at quality 11. Byte budgets are measured with these.
 */
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
