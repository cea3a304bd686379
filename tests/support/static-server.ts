/**
 * Serves a built site the way the shipped nginx config does (`try_files $uri $uri/index.html`):
 * `/409/` from 409/index.html, files as they are, and anything else with 404.html and status 404.
 * Binds to 127.0.0.1 only. (sirv resolves `/404/` to 404.html first, unlike real static hosts.)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function fileAt(path: string): Promise<string | null> {
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

export async function serveStatic(dir: string, base = '/'): Promise<RunningServer> {
  const notFound = await readFile(join(dir, '404.html'));
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) ? normalize(`/${pathname.slice(base.length)}`) : null;
    const file = inside === null ? null : await fileAt(join(dir, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(notFound);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
