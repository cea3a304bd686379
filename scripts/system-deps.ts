/**
 * Makes sure the system programs and files the test suite drives are here:
 * - programs: Debian's Chromium (browser tests), python3-httpbin (a real httpbin for the live
 *   widget), nginx-light and openssl (deploy tests: nginx loads a self-signed certificate), and
 *   javap and unzip (reading Spring's compiled constants);
 * - library sources: the status-code constants files of Debian's Go, Rack, Symfony, Rust http and
 *   Spring packages, which tests/unit/data/library-constants.test.ts compares with the site's
 *   tables. They are only downloaded and unpacked into .cache/library-sources/, never installed.
 * As root with apt-get it gets what is missing; otherwise it prints the exact commands.
 *   node scripts/system-deps.ts           install or download what is missing, or explain
 *   node scripts/system-deps.ts --check   only report
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIBRARY_SOURCES, LIBRARY_SOURCES_DIR, librarySourceReady } from './lib/library-sources.ts';

interface SystemDep {
  pkg: string;
  why: string;
  present: () => boolean;
}

const python = '/usr/bin/python3';
const DEPS: SystemDep[] = [
  { pkg: 'chromium', why: 'browser tests (headless Chromium)', present: () => existsSync('/usr/bin/chromium') },
  {
    pkg: 'python3-httpbin',
    why: 'a real httpbin server for the live-widget tests',
    present: () =>
      existsSync(python) && spawnSync(python, ['-c', 'import httpbin.core'], { stdio: 'ignore' }).status === 0,
  },
  {
    pkg: 'nginx-light',
    why: 'serving dist/ with the shipped nginx config',
    present: () => existsSync('/usr/sbin/nginx'),
  },
  {
    pkg: 'openssl',
    why: 'a self-signed certificate for the HTTPS server block of deploy/nginx.conf',
    present: () => existsSync('/usr/bin/openssl'),
  },
  {
    pkg: 'openjdk-17-jdk-headless',
    why: "javap, to read Spring's compiled HttpStatus constants",
    present: () => existsSync('/usr/bin/javap'),
  },
  {
    pkg: 'unzip',
    why: "unzip, to take HttpStatus.class out of Spring's jar",
    present: () => existsSync('/usr/bin/unzip'),
  },
];

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const check = process.argv.includes('--check');
const asRoot = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

const missing = DEPS.filter((dep) => !dep.present());
const sources = Object.values(LIBRARY_SOURCES).filter((source) => !librarySourceReady(source));
if (missing.length === 0 && sources.length === 0) process.exit(0);

const install = `apt-get update && apt-get install -y ${missing.map((d) => d.pkg).join(' ')}`;
const download = `node scripts/system-deps.ts   # as root: downloads ${sources.map((s) => s.pkg).join(', ')} into ${LIBRARY_SOURCES_DIR}`;
if (check || !asRoot) {
  const lines = [
    ...missing.map((d) => `  - ${d.pkg}: ${d.why}`),
    ...sources.map((s) => `  - ${s.pkg} (downloaded, not installed): ${s.why}`),
  ];
  console.error(
    `Missing for the tests:\n${lines.join('\n')}\nGet them with:\n` +
      (missing.length > 0 ? `  sudo ${install}\n` : '') +
      (sources.length > 0 ? `  sudo ${download}\n` : ''),
  );
  process.exit(1);
}

execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
if (missing.length > 0) {
  console.log(`Installing: ${missing.map((d) => d.pkg).join(', ')}`);
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((d) => d.pkg)], { stdio: 'inherit', env });
}

// Each package is downloaded as a .deb and only the one file the tests read is unpacked, with the
// package's upstream version beside it (a Debian point release changes the version, not the test).
for (const source of sources) {
  const work = await mkdtemp(join(tmpdir(), 'deb-'));
  await chmod(work, 0o777); // apt-get downloads as the _apt user where it can
  try {
    execFileSync('apt-get', ['download', '-qq', source.pkg], { cwd: work, stdio: 'inherit', env });
    const [deb] = (await readdir(work)).filter((name) => name.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${source.pkg} wrote no .deb`);
    const target = join(LIBRARY_SOURCES_DIR, source.pkg);
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    const tar = execFileSync('dpkg-deb', ['--fsys-tarfile', join(work, deb)], { maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', target, '--wildcards', `./${source.file}`], { input: tar });
    const version = execFileSync('dpkg-deb', ['-f', join(work, deb), 'Version'], { encoding: 'utf8' }).trim();
    await writeFile(join(target, 'VERSION'), `${version}\n`);
    console.log(`Unpacked ${source.pkg} ${version}: ${source.file}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const still = [
  ...DEPS.filter((dep) => !dep.present()),
  ...Object.values(LIBRARY_SOURCES).filter((s) => !librarySourceReady(s)),
];
if (still.length > 0) {
  console.error(`Still missing: ${still.map((d) => d.pkg).join(', ')}`);
  process.exit(1);
}
