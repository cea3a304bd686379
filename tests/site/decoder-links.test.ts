/**
 * Every error page the decoder links to (src/lib/decode/error-pages.ts) exists in the build.
 * The error pages come from their own collection, merged after the decoder: until then this test
 * fails on purpose, naming each missing page.
 */
import { describe, expect, inject, it } from 'vitest';
import { fileForPath } from '../../scripts/lib/dist.ts';
import { ERROR_SLUGS, errorPagePath } from '../../src/lib/decode/error-pages.ts';

const siteDir = inject('siteDir');

describe('decoder links', () => {
  it('links only to error pages the build has', () => {
    const missing = ERROR_SLUGS.map((slug) => `/${errorPagePath(slug)}`).filter(
      (path) => fileForPath(siteDir, path) === null,
    );
    expect(missing, 'error pages the decoder links to but the build lacks').toEqual([]);
  });
});
