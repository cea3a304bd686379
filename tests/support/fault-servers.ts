/**
 * Small broken "httpbin servers" on 127.0.0.1 for the live widget's fault paths. Each answers every
 * path the same way; the tests start them and stop them.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { freePort } from './ports.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';

/** The page's script must show this as text; if it ever became markup it would set the flag. */
export const HOSTILE_BODY =
  '<img src="x" onerror="window.__hostile = true"><script>window.__hostile = true</script><b>bold?</b>';

export type Fault =
  /** Nothing listens on the port: the connection is refused. */
  | 'down'
  /** Accepts the connection and never answers. */
  | 'slow'
  /** Answers 200 without any CORS header, like a server that does not allow cross-origin calls. */
  | 'no-cors'
  /** Answers 503 without CORS headers, like a failing gateway in front of httpbin. */
  | 'error-no-cors'
  /** A CORS-enabled server whose body is HTML that would run script if it were rendered. */
  | 'hostile'
  /** Redirects every request to itself, with CORS headers, so a browser gives up after 20 hops. */
  | 'redirect-loop'
  /** Promises 1,000 bytes with CORS headers, sends 10, and closes the connection. */
  | 'cut-off'
  /** Answers with bytes that are not HTTP at all, then closes. */
  | 'not-http';

const CORS = { 'access-control-allow-origin': '*' };

const ANSWERS: Record<Exclude<Fault, 'down' | 'slow' | 'not-http'>, (res: ServerResponse) => void> = {
  'no-cors': (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('hello from a server without CORS'),
  'error-no-cors': (res) =>
    res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Temporarily Unavailable</h1>'),
  hostile: (res) => res.writeHead(200, { 'content-type': 'text/html', ...CORS }).end(HOSTILE_BODY),
  'redirect-loop': (res) => res.writeHead(302, { location: '/loop', ...CORS }).end(),
  'cut-off': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000', ...CORS });
    res.write('0123456789', () => setTimeout(() => res.socket?.destroy(), 50));
  },
};

export async function startFaultServer(fault: Fault): Promise<RunningServer> {
  if (fault === 'down') {
    // A port that was free a moment ago and that nobody listens on: connections are refused.
    return { url: `http://127.0.0.1:${await freePort()}`, close: async () => {} };
  }
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    if (fault !== 'slow' && fault !== 'not-http') ANSWERS[fault](res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (fault === 'not-http') socket.end('this is not HTTP\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
