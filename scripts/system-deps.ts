/**
 * Makes sure the system programs the test suite drives are installed: Debian's Chromium (browser
 * tests), python3-httpbin (a real httpbin for the live widget) and nginx-light (deploy tests).
 * As root with apt-get it installs what is missing; otherwise it prints the exact command.
 *   node scripts/system-deps.ts           install what is missing, or explain
 *   node scripts/system-deps.ts --check   only report
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
];

const missing = DEPS.filter((dep) => !dep.present());
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.map((d) => d.pkg).join(' ')}`;
const list = missing.map((d) => `  - ${d.pkg}: ${d.why}`).join('\n');
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.argv.includes('--check');

if (!canInstall) {
  console.error(`Missing system packages:\n${list}\nInstall them with:\n  sudo ${command}`);
  process.exit(1);
}

console.log(`Installing missing system packages:\n${list}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((d) => d.pkg)], {
  stdio: 'inherit',
  env,
});
const still = missing.filter((dep) => !dep.present());
if (still.length > 0) {
  console.error(`Still missing after install: ${still.map((d) => d.pkg).join(', ')}`);
  process.exit(1);
}
