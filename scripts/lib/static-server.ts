/**
 * Serves a built site the way its production hosts do (Netlify, Cloudflare Pages, the shipped
 * nginx config), for `npm start`, `npm run preview`, the tests and the bench. Files, types,
 * lengths, validators and ranges are sirv's (the static-file server Vite's preview uses); on top
 * sits only what is this site's own:
 * - only GET and HEAD; malformed or hostile addresses get 400, never a guess;
 * - `/409` is redirected to `/409/` inside the site, the query kept;
 * - unknown addresses get 404.html with status 404, while `/404/` is the reference page (200);
 * - the headers of dist/_headers, as Netlify and Cloudflare Pages apply them, and never the file;
 * - nothing outside the site: no symbolic link is followed out of it.
 * Every request is answered or dropped: a file that vanishes mid-request (a rebuild while
 * previewing) ends that response, never the process.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, realpath, stat } from 'node:fs/promises';
import { join, posix, sep } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file.ts';

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
  /** Answer with the precompressed .br and .gz files beside each file, as the client accepts. */
  compress?: boolean;
}

export const ALLOWED_METHODS = ['GET', 'HEAD'];

/** Files the server answers no matter what the build holds: host configuration, not content. */
const HIDDEN = new Set(['/_headers']);

/** For files no _headers rule gives a lifetime: always check, so the preview shows the latest build. */
const DEFAULT_CACHE_CONTROL = 'no-cache';

export type Route =
  | { kind: 'refuse'; status: 400 | 405 }
  | { kind: 'redirect'; location: string }
  | { kind: 'file'; path: string; file: string }
  | { kind: 'missing' };

/** What the path of a request names: `/%E2%82%AC%2f..%2f409` is /409, `/%zz` is nothing at all. */
function sitePath(target: string): string | null {
  if (!target.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return null;
  }
  // Control characters (CR, LF, NUL) and backslashes have no place in a path of this site.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  // Dot segments resolve as a browser resolves them, and never climb above the root.
  return posix.normalize(decoded);
}

/** The real path of `file` inside `root`, or null when it is missing or leads outside. */
async function insideRoot(root: string, file: string): Promise<string | null> {
  try {
    const real = await realpath(file);
    return real === root || real.startsWith(root + sep) ? real : null;
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Decides what a request gets, before anything is read for the response. */
export async function route(root: string, base: string, method: string, url: string): Promise<Route> {
  if (!ALLOWED_METHODS.includes(method)) return { kind: 'refuse', status: 405 };
  const [target = '', query = ''] = url.split(/\?(.*)/s);
  const path = sitePath(target);
  if (path === null) return { kind: 'refuse', status: 400 };
  const search = query ? `?${query}` : '';
  if (`${path}/` === base) return { kind: 'redirect', location: encodeURI(base) + search };
  if (!path.startsWith(base)) return { kind: 'missing' };
  const inside = path.slice(base.length - 1);
  if (HIDDEN.has(inside)) return { kind: 'missing' };
  const wanted = inside.endsWith('/') ? `${inside}index.html` : inside;
  const real = await insideRoot(root, join(root, wanted));
  if (real && (await isFile(real))) return { kind: 'file', path: inside, file: wanted };
  // A folder asked for without its slash: send the reader to the address with it.
  const index = !inside.endsWith('/') && (await insideRoot(root, join(root, inside, 'index.html')));
  if (index && (await isFile(index))) return { kind: 'redirect', location: encodeURI(`${path}/`) + search };
  return { kind: 'missing' };
}

/** The encodings the client accepts with a weight above 0, best first (`br;q=0` refuses brotli). */
export function acceptedEncodings(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { name: name.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter(({ name, q }) => name && q > 0)
    .sort((a, b) => b.q - a.q)
    .map(({ name }) => name);
}

function answer(res: ServerResponse, status: number, headers: Record<string, string>, body = ''): void {
  const bytes = Buffer.from(body);
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) }).end(bytes);
}

const REFUSALS = {
  400: 'Bad request: this is not an address of this site.\n',
  405: 'Method not allowed: this site is read with GET and HEAD only.\n',
} as const;

export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<RunningServer> {
  const { base = '/', host = '127.0.0.1', port = 0, compress = false } = options;
  const root = await realpath(dir);
  const files = sirv(root, {
    dev: true, // look every file up when asked: the build may change under a running preview
    etag: true,
    dotfiles: false,
    extensions: [],
    brotli: compress,
    gzip: compress,
  });

  /** The rules of the build's _headers file, read for each request so a rebuild applies at once. */
  const headerRules = async (): Promise<HeaderRule[]> =>
    parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const headersOf = (rules: readonly HeaderRule[], path: string) => {
    const headers = Object.fromEntries(headersFor(rules, path));
    return { 'cache-control': DEFAULT_CACHE_CONTROL, ...headers };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const rules = await headerRules();
    const decision = await route(root, base, req.method ?? '', req.url ?? '');
    switch (decision.kind) {
      case 'refuse':
        return answer(
          res,
          decision.status,
          {
            ...headersOf(rules, '/'),
            'Content-Type': 'text/plain; charset=utf-8',
            ...(decision.status === 405 ? { Allow: ALLOWED_METHODS.join(', ') } : {}),
          },
          REFUSALS[decision.status],
        );
      case 'redirect':
        return answer(res, 301, { ...headersOf(rules, '/'), Location: decision.location });
      case 'missing': {
        const page = await readFile(join(root, '404.html')).catch(() => null);
        return answer(
          res,
          404,
          { ...headersOf(rules, '/404.html'), 'Content-Type': 'text/html; charset=utf-8' },
          page?.toString() ?? 'Not found\n',
        );
      }
      case 'file': {
        for (const [name, value] of Object.entries(headersOf(rules, decision.path))) res.setHeader(name, value);
        // sirv looks up the exact file decided above, and picks a precompressed twin by this header.
        req.url = encodeURI(decision.file);
        if (compress)
          req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding'])[0] ?? 'identity';
        return files(req, res, () => answer(res, 404, {}, 'Not found\n'));
      }
    }
  };

  const server = createServer((req, res) => {
    // A file read that fails once streaming has begun (the file vanished) ends this response only.
    res.on('pipe', (source) => source.on('error', () => res.destroy()));
    handle(req, res).catch(() => {
      if (!res.headersSent) answer(res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Server error\n');
      else res.destroy();
    });
  });
  // Requests Node cannot even parse get a 400 instead of a dropped connection.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
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
