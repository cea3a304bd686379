import { describe, expect, it } from 'vitest';
import { specLabel, statusBadge } from '../../../src/lib/content/labels.ts';

describe('labels', () => {
  it('give no badge to standard codes', () => {
    expect(statusBadge({ status: 'standard', vendor: undefined, expires: undefined })).toBeNull();
  });

  it('name the vendor of an unofficial code', () => {
    expect(
      statusBadge({ status: 'unofficial', vendor: { name: 'nginx', product: 'nginx' }, expires: undefined })?.label,
    ).toBe('Unofficial · nginx');
  });

  it('state the expiry of a temporary registration', () => {
    const badge = statusBadge({ status: 'temporary', vendor: undefined, expires: new Date('2026-11-13') });
    expect(badge?.title).toBe('Temporary IANA registration, stated expiry November 13, 2026');
  });

  it('write a spec reference with and without a section', () => {
    expect(specLabel({ document: 'RFC 9110', section: '15.5.10', url: 'https://x' })).toBe('RFC 9110, section 15.5.10');
    expect(specLabel({ document: 'RFC 8297', url: 'https://x' })).toBe('RFC 8297');
  });
});
