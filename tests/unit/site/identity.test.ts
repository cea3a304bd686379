import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../src/lib/site/identity.ts';

describe('page titles', () => {
  it('name the subject, then the site', () => {
    expect(pageTitle('409 Conflict')).toBe('409 Conflict – HTTP status code reference');
  });
});
