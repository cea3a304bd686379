import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { constantsFor, LIBRARY_TABLES } from '../../../src/data/library-constants.ts';

const PYTHON = '/usr/bin/python3';
const table = (label: string) => {
  const found = LIBRARY_TABLES.find((t) => t.label === label);
  if (!found) throw new Error(`no table labelled ${label}`);
  return found;
};

describe('library constants checked against the real libraries', () => {
  it('Node: matches http.STATUS_CODES of the running Node exactly', () => {
    const expected = Object.fromEntries(Object.entries(STATUS_CODES).map(([code, name]) => [code, `'${name}'`]));
    expect({ ...table('Node.js http.STATUS_CODES').constants }).toEqual(expected);
  });

  it('Python: matches http.HTTPStatus of the system Python exactly', () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found: install it with "apt-get install -y python3"`);
    const script = 'import http, json; print(json.dumps({s.value: "HTTPStatus." + s.name for s in http.HTTPStatus}))';
    const expected = JSON.parse(execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' })) as Record<string, string>;
    expect({ ...table('Python http.HTTPStatus').constants }).toEqual(expected);
  });

  it('every table names its source and holds only status codes', () => {
    for (const { label, source, constants } of LIBRARY_TABLES) {
      expect(source, label).toMatch(/\S{10,}/);
      for (const code of Object.keys(constants).map(Number))
        expect(code >= 100 && code <= 599, `${label} ${code}`).toBe(true);
    }
  });

  it('gives one row per library for a code, null where the library has none', () => {
    const rows = constantsFor(409);
    expect(rows.map((r) => r.label)).toEqual(LIBRARY_TABLES.map((t) => t.label));
    expect(rows.every((r) => r.value !== null)).toBe(true);
    expect(constantsFor(599).filter((r) => r.value === null).length).toBeGreaterThan(0);
  });
});
