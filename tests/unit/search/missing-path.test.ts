import { describe, expect, it } from 'vitest';
import { candidateCodes, searchSeed, suggestCode } from '../../../src/lib/search/missing-path.ts';

describe('codes in a missing path', () => {
  const known = new Set([404, 409, 500]);
  it('finds a code in the path', () => {
    expect(suggestCode('/409', known)).toBe(409);
    expect(suggestCode('/codes/409.html', known)).toBe(409);
    expect(suggestCode('/http-409-conflict/', known)).toBe(409);
  });
  it('reads look-alike letters as digits', () => {
    expect(suggestCode('/4O9/', known)).toBe(409);
    expect(suggestCode('/5oo', known)).toBe(500);
  });
  it('ignores longer numbers and unknown codes', () => {
    expect(candidateCodes('/2024/posts/')).toEqual([]);
    expect(suggestCode('/477/', known)).toBeNull();
    expect(suggestCode('/about/', known)).toBeNull();
  });
  it('survives malformed escapes', () => {
    expect(suggestCode('/%E0%A4%A/409', known)).toBe(409);
  });
});

describe('not-found search seed', () => {
  const known = new Set([409, 429]);
  it('prefers a known code, then any number, then the words of the last segment', () => {
    expect(searchSeed('/4O9', known)).toBe('409');
    expect(searchSeed('/errors/477/', known)).toBe('477');
    expect(searchSeed('/codes/too-many_requests.html', known)).toBe('too many requests');
    expect(searchSeed('/ill/', known)).toBe('ill');
    expect(searchSeed('/', known)).toBe('');
  });
});
