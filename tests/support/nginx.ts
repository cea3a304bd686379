/**
 * A real nginx (Debian nginx-light) serving a build with the shipped deploy/nginx.conf, on
 * 127.0.0.1, unprivileged, with its pid, logs and temp files in a directory of its own.
 * Only the `listen` and `root` lines of the shipped file are replaced.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/build.ts';
import { freePort, waitForHttp } from './ports.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const NGINX = '/usr/sbin/nginx';
export const NGINX_CONF = `${ROOT}deploy/nginx.conf`;

/** Replaces the one directive `name` in the shipped config, failing if the file changed shape. */
function replaceDirective(conf: string, name: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${name}\\s[^;]*;`, 'gm');
  const count = conf.match(pattern)?.length ?? 0;
  if (count !== 1)
    throw new Error(
      `deploy/nginx.conf must have exactly one "${name}" directive for the tests to replace, found ${count}`,
    );
  return conf.replace(pattern, `$1${name} ${value};`);
}

export async function startNginx(siteDir: string): Promise<RunningServer> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: run "apt-get install -y nginx-light" (or npm test as root, which installs it)`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const site = replaceDirective(
    replaceDirective(await readFile(NGINX_CONF, 'utf8'), 'listen', `127.0.0.1:${port}`),
    'root',
    siteDir,
  );
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
  );
  await writeFile(join(dir, 'site.conf'), site);
  await writeFile(
    join(dir, 'nginx.conf'),
    [
      // As root, nginx would run its workers as www-data, which may not read the build.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...temp,
      `  include ${dir}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', dir, '-e', `${dir}/error.log`, '-c', `${dir}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, 'nginx');
  } catch (error) {
    const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
    await stop();
    throw new Error(`${(error as Error).message}\nnginx said: ${stderr}${log}`);
  }
  return { url, close: stop };
}
