/**
 * A real nginx (Debian nginx-light) serving a build with the shipped deploy/nginx.conf, on
 * 127.0.0.1, unprivileged, with its pid, logs and temp files in a directory of its own.
 * Only the listen, certificate and root lines of the shipped file are replaced: the HTTPS server
 * is served as plain HTTP on one port (the tests' fetch would refuse a self-signed certificate;
 * nginx still loads one, made here with openssl), and the HTTP-to-HTTPS redirect on another.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/build.ts';
import { freePort, waitForHttp } from './ports.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

const NGINX = '/usr/sbin/nginx';
export const NGINX_CONF = `${ROOT}deploy/nginx.conf`;

/** Replaces the one directive that starts with `start`, failing if the shipped file changed shape. */
function replaceDirective(conf: string, start: string, value: string): string {
  const pattern = new RegExp(`^(\\s*)${start}(\\s[^;]*)?;`, 'gm');
  const count = conf.match(pattern)?.length ?? 0;
  if (count !== 1)
    throw new Error(
      `deploy/nginx.conf must have exactly one "${start}" directive for the tests to replace, found ${count}`,
    );
  return conf.replace(pattern, `$1${value};`);
}

/** A self-signed certificate and key for 127.0.0.1, written into `dir`. */
function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const certificate = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  );
  return { certificate, key };
}

export interface RunningNginx extends RunningServer {
  /** The server block that redirects plain HTTP to HTTPS. */
  redirectUrl: string;
}

export async function startNginx(siteDir: string): Promise<RunningNginx> {
  if (!existsSync(NGINX))
    throw new Error(
      `nginx not found at ${NGINX}: run "apt-get install -y nginx-light" (or npm test as root, which installs it)`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const redirectPort = await freePort();
  const { certificate, key } = selfSignedCertificate(dir);
  const replacements: [string, string][] = [
    ['listen 443', `listen 127.0.0.1:${port}`],
    ['listen 80', `listen 127.0.0.1:${redirectPort}`],
    ['ssl_certificate', `ssl_certificate ${certificate}`],
    ['ssl_certificate_key', `ssl_certificate_key ${key}`],
    ['root', `root ${siteDir}`],
  ];
  const site = replacements.reduce(
    (conf, [start, value]) => replaceDirective(conf, start, value),
    await readFile(NGINX_CONF, 'utf8'),
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
  return { url, redirectUrl: `http://127.0.0.1:${redirectPort}/`, close: stop };
}
