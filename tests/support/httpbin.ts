/** A real httpbin (Debian python3-httpbin) on 127.0.0.1, started and stopped by the tests. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort, waitForHttp } from './ports.ts';

const PYTHON = '/usr/bin/python3';

export interface Httpbin {
  url: string;
  stop: () => Promise<void>;
}

export async function startHttpbin(): Promise<Httpbin> {
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import httpbin.core'], { stdio: 'ignore' }).status !== 0)
    throw new Error(
      'httpbin is not installed: run "apt-get install -y python3-httpbin" (or npm test as root, which installs it)',
    );
  const port = await freePort();
  const child = spawn(PYTHON, ['-m', 'httpbin.core', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/status/200`, 'httpbin');
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\nhttpbin said: ${stderr}`);
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
