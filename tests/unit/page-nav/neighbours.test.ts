import { describe, expect, it } from 'vitest';
import { neighboursOf } from '../../../src/lib/page-nav/neighbours.ts';

describe('previous and next', () => {
  it('are the items either side', () => {
    expect(neighboursOf([100, 200, 301], 200)).toEqual({ previous: 100, next: 301 });
  });

  it('are null past either end, and for an item not in the list', () => {
    expect(neighboursOf([100, 200, 301], 100)).toEqual({ previous: null, next: 200 });
    expect(neighboursOf([100, 200, 301], 301)).toEqual({ previous: 200, next: null });
    expect(neighboursOf([100, 200], 404)).toEqual({ previous: null, next: null });
  });
});
