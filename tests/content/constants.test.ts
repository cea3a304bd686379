import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { LIBRARY_CONSTANTS } from '../../src/data/library-constants.ts';

const PYTHON = '/usr/bin/python3';

describe('library constants checked against the real libraries', () => {
  it('Node: matches http.STATUS_CODES of the running Node exactly', () => {
    const expected = Object.fromEntries(Object.entries(STATUS_CODES).map(([code, name]) => [code, name]));
    const actual = Object.fromEntries(
      Object.entries(LIBRARY_CONSTANTS.node.constants).map(([code, name]) => [code, name]),
    );
    expect(actual).toEqual(expected);
  });

  it('Python: matches http.HTTPStatus of the system Python exactly', () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found: install it with "apt-get install -y python3"`);
    const script = 'import http, json; print(json.dumps({s.value: "HTTPStatus." + s.name for s in http.HTTPStatus}))';
    const expected = JSON.parse(execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' })) as Record<string, string>;
    const actual = Object.fromEntries(
      Object.entries(LIBRARY_CONSTANTS.python.constants).map(([code, name]) => [code, name]),
    );
    expect(actual).toEqual(expected);
  });

  it('every table names its source and only holds codes 100-599', () => {
    for (const [library, table] of Object.entries(LIBRARY_CONSTANTS)) {
      expect(table.source, library).toMatch(/\S{10,}/);
      for (const code of Object.keys(table.constants))
        expect(Number(code), `${library} ${code}`).toBeGreaterThanOrEqual(100);
    }
  });
});
