/**
 * Serves a built site the way the shipped nginx config does (`try_files $uri $uri/index.html`):
 * `/409/` from 409/index.html, files as they are, and anything else with 404.html and status 404.
 * Binds to 127.0.0.1 only. (sirv resolves `/404/` to 404.html first, unlike real static hosts.)
 * With `compress`, it answers in brotli or gzip as the client accepts, like a production host;
 * `npm run bench` measures that way.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { compress, type Encoding } from './sizes.ts';

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

export interface ServeOptions {
  /** Answer in brotli or gzip, as the request accepts. */
  compress?: boolean;
}

function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = String(header ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  return /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

export async function serveStatic(
  dir: string,
  base = '/',
  { compress: compressed = false }: ServeOptions = {},
): Promise<RunningServer> {
  const notFound = await readFile(join(dir, '404.html'));
  const encodedCache = new Map<string, Buffer>();
  const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, key: string) => {
    const encoding = compressed ? acceptedEncoding(req.headers['accept-encoding']) : null;
    if (!encoding) {
      res.writeHead(status, { 'content-type': type }).end(body);
      return;
    }
    const cacheKey = `${encoding}:${key}`;
    const encoded = encodedCache.get(cacheKey) ?? compress(body, encoding);
    encodedCache.set(cacheKey, encoded);
    res.writeHead(status, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' }).end(encoded);
  };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(base) ? normalize(`/${pathname.slice(base.length)}`) : null;
    const file =
      inside === null ? null : await fileAt(join(dir, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file) {
      send(req, res, 404, TYPES['.html']!, notFound, '404.html');
      return;
    }
    send(req, res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file), file);
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
