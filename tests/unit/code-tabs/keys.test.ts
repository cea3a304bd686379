import { describe, expect, it } from 'vitest';
import { tabAfterKey } from '../../../src/lib/code-tabs/keys.ts';

describe('keys in a tab list', () => {
  it('step with the arrows and wrap at both ends', () => {
    expect(tabAfterKey('ArrowRight', 0, 3)).toBe(1);
    expect(tabAfterKey('ArrowRight', 2, 3)).toBe(0);
    expect(tabAfterKey('ArrowDown', 1, 3)).toBe(2);
    expect(tabAfterKey('ArrowLeft', 0, 3)).toBe(2);
    expect(tabAfterKey('ArrowUp', 2, 3)).toBe(1);
  });

  it('jump to the first and last tab with Home and End', () => {
    expect(tabAfterKey('Home', 2, 3)).toBe(0);
    expect(tabAfterKey('End', 0, 3)).toBe(2);
  });

  it('leave other keys to the browser', () => {
    expect(tabAfterKey('Tab', 1, 3)).toBeNull();
    expect(tabAfterKey('Enter', 1, 3)).toBeNull();
    expect(tabAfterKey('a', 1, 3)).toBeNull();
  });
});
