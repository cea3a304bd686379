import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegistry, parseUnofficial } from '../../../src/lib/content/registry.ts';

const iana = readFileSync(new URL('../../../src/data/iana-http-status-codes.csv', import.meta.url), 'utf8');
const unofficial = readFileSync(new URL('../../../src/data/unofficial-status-codes.csv', import.meta.url), 'utf8');

describe('registry parsing', () => {
  const entries = parseRegistry(iana);
  const byCode = new Map(entries.map((e) => [e.code, e]));

  it('reads the 64 assigned codes and skips unassigned ranges', () => {
    expect(entries).toHaveLength(64);
  });
  it('splits references into document and section', () => {
    expect(byCode.get(409)).toMatchObject({ name: 'Conflict', document: 'RFC 9110', section: '15.5.10' });
    expect(byCode.get(423)).toMatchObject({ document: 'RFC 4918', section: null });
    expect(byCode.get(510)).toMatchObject({ name: 'Not Extended', annotation: 'OBSOLETED', document: 'RFC 2774' });
  });
  it('strips annotations from names', () => {
    expect(byCode.get(104)?.name).toBe('Upload Resumption Supported');
    expect(byCode.get(104)?.annotation).toMatch(/^TEMPORARY .*expires 2026-11-13/);
    expect(byCode.get(104)?.document).toBe('draft-ietf-httpbis-resumable-upload-05');
    expect(byCode.get(306)).toMatchObject({ name: 'Unused', annotation: 'Unused' });
  });
  it('keeps only unofficial codes in 100-599 that are status codes', () => {
    const codes = new Set(parseUnofficial(unofficial).map((e) => e.code));
    expect(codes.has(451)).toBe(true); // IIS's other meaning of a registered code
    expect(codes.has(499)).toBe(true);
    expect(codes.has(110)).toBe(false);
    expect(codes.has(999)).toBe(false);
    expect(codes.has(0)).toBe(false);
    expect(codes.size).toBe(33);
  });
});
