import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { moveNotFoundPage, NOT_FOUND_ROUTE } from '../../../src/integrations/not-found-page.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('not-found page integration', () => {
  it('moves the built not-found page to 404.html and leaves /404/ alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nf-'));
    await mkdir(join(dir, NOT_FOUND_ROUTE));
    await mkdir(join(dir, '404'));
    await writeFile(join(dir, NOT_FOUND_ROUTE, 'index.html'), 'not found page');
    await writeFile(join(dir, '404', 'index.html'), 'reference page');
    await moveNotFoundPage(pathToFileURL(`${dir}/`));
    expect(await readFile(join(dir, '404.html'), 'utf8')).toBe('not found page');
    expect(await readFile(join(dir, '404', 'index.html'), 'utf8')).toBe('reference page');
    await expect(stat(join(dir, NOT_FOUND_ROUTE))).rejects.toThrow();
  });

  it('fails the build when the page was not built', async () => {
    dir = await mkdtemp(join(tmpdir(), 'nf-'));
    await expect(moveNotFoundPage(pathToFileURL(`${dir}/`))).rejects.toThrow(/not-found page missing/);
  });
});
