/**
 * Serves a built site the way the shipped nginx config and common static hosts do:
 * `/409/` from 409/index.html, `/409` redirected to `/409/`, files as they are, and anything else
 * with 404.html and status 404. Used by `npm start`/`npm run preview`, the tests and the bench.
 * With `compress`, it answers in brotli or gzip as the client accepts, as a production host does;
 * `npm run bench` measures that way.
 * (astro preview answers /404/ with 404.html, unlike real static hosts, so it is not used.)
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

export interface ServeOptions {
  /** Sub-path the site is built for ("/" or "/docs/"). */
  base?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Answer in brotli or gzip, as the request accepts. */
  compress?: boolean;
}

function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = String(header ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  return /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

type Found = { kind: 'file'; path: string } | { kind: 'dir' } | null;

async function lookup(path: string): Promise<Found> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { kind: 'file', path };
    if (info.isDirectory()) return { kind: 'dir' };
  } catch {
    // Not there: the caller answers 404.
  }
  return null;
}

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<RunningServer> {
  const { base = '/', host = '127.0.0.1', port = 0, compress: compressed = false } = options;
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
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      pathname = '/';
    }
    const inside = pathname.startsWith(base) ? normalize(`/${pathname.slice(base.length)}`) : null;
    const found =
      inside === null ? null : await lookup(join(dir, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (found?.kind === 'dir') {
      res.writeHead(301, { location: `${pathname}/` }).end();
    } else if (found?.kind === 'file') {
      const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
      send(req, res, 200, type, await readFile(found.path), found.path);
    } else {
      send(req, res, 404, TYPES['.html'] ?? 'text/html', notFound, '404.html');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
