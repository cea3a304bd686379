import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../../src/lib/site/dates.ts';

describe('dates', () => {
  it('write a day for machines and for readers, in UTC whatever the time of day', () => {
    const late = new Date('2026-01-01T23:30:00Z');
    expect(isoDate(late)).toBe('2026-01-01');
    expect(formatDate(late)).toBe('January 1, 2026');
  });
});
