/** How big a build is: files and bytes by type, and the asset folders (such as a search index). */
import { stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { listFiles } from '../lib/dist.ts';

export interface FileGroup {
  files: number;
  bytes: number;
}

export interface OutputSize extends FileGroup {
  /** By file extension: html, css, js, json, ... */
  byType: Record<string, FileGroup>;
  /**
   * Top-level folders that hold no page, such as _astro/ or pagefind/: a search index written
   * into the build shows up here without changes to the bench.
   */
  assetDirs: Record<string, FileGroup>;
}

const add = (groups: Record<string, FileGroup>, key: string, bytes: number) => {
  const group = (groups[key] ??= { files: 0, bytes: 0 });
  group.files += 1;
  group.bytes += bytes;
};

export async function outputSize(dir: string): Promise<OutputSize> {
  const result: OutputSize = { files: 0, bytes: 0, byType: {}, assetDirs: {} };
  for (const file of await listFiles(dir)) {
    const { size } = await stat(file);
    result.files += 1;
    result.bytes += size;
    add(result.byType, extname(file).slice(1) || 'other', size);
    const [top, ...rest] = relative(dir, file).split(sep);
    if (top && rest.length > 0 && !existsSync(join(dir, top, 'index.html'))) add(result.assetDirs, top, size);
  }
  return result;
}
