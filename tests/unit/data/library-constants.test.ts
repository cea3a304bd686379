/**
 * The library tables held to real code: the Node and Python runtimes on this machine, and the
 * constants files of Debian's Go, Rack, Symfony, Rust http and Spring packages (downloaded by
 * scripts/system-deps.ts). Each table's versions are checked against the release at hand: a name
 * the table says that release has must be there with the same code, a name it says came later or
 * went earlier must not, and every name the release defines for a listed code must be listed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { constantsFor, LIBRARY_TABLES, type LibraryTable } from '../../../src/data/library-constants.ts';
import { LIBRARY_SOURCES, librarySource } from '../../../scripts/lib/library-sources.ts';

const PYTHON = '/usr/bin/python3';

const table = (label: string): LibraryTable => {
  const found = LIBRARY_TABLES.find((t) => t.label.startsWith(label));
  if (!found) throw new Error(`no table for ${label}`);
  return found;
};

/** -1, 0 or 1 as version `a` is older than, the same as or newer than `b` ("3.1.0" vs "2.2.22"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

/**
 * What is wrong with `library`'s table, judged by the names `release` defines. `everyName` is false
 * for a release older than the support baseline, whose missing unversioned names are expected.
 */
function disagreements(
  library: LibraryTable,
  release: string,
  defined: Map<string, number>,
  everyName = true,
): string[] {
  const problems: string[] = [];
  for (const [code, names] of Object.entries(library.constants))
    for (const { name, since, removed } of names) {
      const inRelease =
        (!since || compareVersions(since, release) <= 0) && (!removed || compareVersions(removed, release) > 0);
      const found = defined.get(name);
      if (inRelease && (since || everyName) && found !== Number(code))
        problems.push(`${name}: the table has it for ${code} in ${release}, the release has ${found ?? 'nothing'}`);
      else if (!inRelease && found !== undefined)
        problems.push(
          `${name}: the table says ${release} lacks it (since ${since}, removed ${removed}), but it is there`,
        );
      else if (found !== undefined && found !== Number(code))
        problems.push(`${name}: the table says ${code}, ${release} says ${found}`);
    }
  for (const [name, code] of defined)
    if (library.constants[code] && !library.constants[code].some((entry) => entry.name === name))
      problems.push(`${name} (${code}) is in ${release} but not in the table`);
  return problems;
}

const read = (key: keyof typeof LIBRARY_SOURCES) => {
  const { path, version } = librarySource(LIBRARY_SOURCES[key]);
  return { text: readFileSync(path, 'utf8'), path, version };
};
/** name -> code from the matches of a pattern whose groups are the name and then the code. */
const pairs = (matches: Iterable<RegExpMatchArray>, name: (m: RegExpMatchArray) => string) =>
  new Map([...matches].map((m) => [name(m), Number(m[2])]));

describe('library constants against the runtimes', () => {
  it('Node: every reason phrase of the running Node', () => {
    const quoted = (phrase: string) => (phrase.includes("'") ? JSON.stringify(phrase) : `'${phrase}'`);
    const defined = new Map(Object.entries(STATUS_CODES).map(([code, phrase]) => [quoted(phrase ?? ''), Number(code)]));
    expect(disagreements(table('Node'), process.versions.node, defined)).toEqual([]);
  });

  it('Python: every HTTPStatus member of the system Python, aliases included', () => {
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} not found: install it with "apt-get install -y python3"`);
    const script =
      'import http, json, sys; print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3], "members": {k: int(v) for k, v in http.HTTPStatus.__members__.items()}}))';
    const { version, members } = JSON.parse(execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' })) as {
      version: string;
      members: Record<string, number>;
    };
    const defined = new Map(Object.entries(members).map(([name, code]) => [`HTTPStatus.${name}`, code]));
    expect(disagreements(table('Python'), version, defined)).toEqual([]);
  });
});

describe("library constants against Debian's packages", () => {
  it('Go: net/http status.go', () => {
    const { text, version } = read('go');
    const defined = pairs(text.matchAll(/^\t(Status\w+)\s*=\s*(\d{3})/gm), (m) => `http.${m[1]}`);
    expect(defined.size).toBeGreaterThan(50);
    expect(disagreements(table('Go'), version, defined)).toEqual([]);
  });

  it('Rack: the symbols Rails derives from HTTP_STATUS_CODES', () => {
    const { text, version } = read('rack');
    const messages = /HTTP_STATUS_CODES = \{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
    // Rack's own rule: SYMBOL_TO_STATUS_CODE maps message.downcase.gsub(/\s|-/, '_') to the code.
    const symbol = (message: string) => {
      const name = message.toLowerCase().replace(/\s|-/g, '_');
      return /^[a-z_]+$/.test(name) ? `:${name}` : `:${JSON.stringify(name)}`;
    };
    const defined = new Map(
      [...messages.matchAll(/(\d{3}) => '([^']+)'/g)].map((m) => [symbol(m[2] ?? ''), Number(m[1])]),
    );
    // Rack 3.1 and later keep the renamed symbols working through this table.
    const obsolete = /OBSOLETE_SYMBOLS_TO_STATUS_CODES = \{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
    for (const m of obsolete.matchAll(/(\w+): (\d{3})/g)) defined.set(`:${m[1]}`, Number(m[2]));
    expect(defined.size).toBeGreaterThan(50);
    expect(disagreements(table('Ruby'), version, defined)).toEqual([]);
  });

  it('Symfony: Response::HTTP_* constants', () => {
    const { text, version } = read('symfony');
    const defined = pairs(text.matchAll(/const (HTTP_[A-Z_]+) = (\d{3})/g), (m) => `Response::${m[1]}`);
    expect(defined.size).toBeGreaterThan(50);
    expect(disagreements(table('PHP'), version, defined)).toEqual([]);
  });

  it('Rust http: StatusCode constants', () => {
    const { text, version } = read('rust');
    const defined = new Map(
      [...text.matchAll(/^\s*\((\d{3}), ([A-Z_]+),/gm)].map((m) => [`StatusCode::${m[2]}`, Number(m[1])]),
    );
    expect(defined.size).toBeGreaterThan(50);
    expect(disagreements(table('Rust'), version, defined)).toEqual([]);
  });

  it('Spring: the HttpStatus enum, read from the compiled class', () => {
    const { path, version } = read('spring');
    const dir = mkdtempSync(join(tmpdir(), 'spring-'));
    const classFile = join(dir, 'HttpStatus.class');
    writeFileSync(classFile, execFileSync('unzip', ['-p', path, 'org/springframework/http/HttpStatus.class']));
    const bytecode = execFileSync('javap', ['-c', '-p', '-constants', classFile], { encoding: 'utf8' });
    rmSync(dir, { recursive: true });
    // In the static initializer each constant is `new HttpStatus`, its name, its ordinal, its code.
    const defined = new Map<string, number>();
    let name: string | null = null;
    for (const line of bytecode.slice(bytecode.indexOf('static {}')).split('\n')) {
      if (/\/\/ class org\/springframework\/http\/HttpStatus$/.test(line) && /: new\s/.test(line)) name = '';
      else if (name === '' && /\/\/ String (\S+)$/.test(line)) name = /\/\/ String (\S+)$/.exec(line)?.[1] ?? null;
      else if (name) {
        const push = /(?:bipush|sipush)\s+(\d+)/.exec(line);
        if (push && Number(push[1]) >= 100) {
          defined.set(`HttpStatus.${name}`, Number(push[1]));
          name = null;
        }
      }
    }
    expect(defined.size).toBeGreaterThan(50);
    // Spring 4.3 predates the lines the table covers: only its versioned names must agree.
    expect(disagreements(table('Java Spring'), version, defined, false)).toEqual([]);
  });
});

describe('the table a page shows', () => {
  it('puts the name to use today first, with its version, and the older names after it', () => {
    const python = constantsFor(413).find((row) => row.label.startsWith('Python'));
    expect(python).toEqual({
      label: 'Python http.HTTPStatus',
      current: { name: 'HTTPStatus.CONTENT_TOO_LARGE', note: 'since 3.13' },
      older: [{ name: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE', note: null }],
    });
  });

  it('shows no current name where the library removed its constant', () => {
    const spring = constantsFor(305).find((row) => row.label.startsWith('Java Spring'));
    expect(spring?.current).toBeNull();
    expect(spring?.older).toEqual([{ name: 'HttpStatus.USE_PROXY', note: 'deprecated in 4.1.0, removed in 7.0.0' }]);
  });

  it('gives one row per library, and every table names its release and source', () => {
    expect(constantsFor(409).map((row) => row.label)).toEqual(LIBRARY_TABLES.map((t) => t.label));
    for (const library of LIBRARY_TABLES) {
      expect(library.source, library.label).toMatch(/^https:\/\/github\.com\//);
      for (const code of Object.keys(library.constants).map(Number))
        expect(code >= 100 && code <= 599, `${library.label} ${code}`).toBe(true);
    }
  });
});
