import { describe, expect, it } from 'vitest';
import { CODE_JUMPS, CODE_TOC } from '../../../src/lib/page-nav/sections.ts';

describe('the sections of a code page', () => {
  it('have unique ids', () => {
    const ids = CODE_TOC.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('offer jump links to causes, fix, examples, try it and FAQ, in page order', () => {
    expect(CODE_JUMPS.map((section) => section.id)).toEqual(['causes', 'fix', 'code-examples', 'try-it', 'faq']);
    const order = CODE_JUMPS.map((section) => CODE_TOC.indexOf(section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
