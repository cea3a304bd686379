/**
 * Sends a request over a raw TCP socket, so the server sees the request line exactly as written:
 * fetch() and http.request() would normalise `..`, `%2e%2e` or a missing slash before sending.
 */
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** `target` is the request target as it goes on the wire ("/%2fevil.example%2f..%2f409"). */
export function rawRequest(url: string, target: string, method = 'GET', extra = ''): Promise<RawResponse> {
  const { hostname, port, host } = new URL(url);
  return rawExchange(
    hostname,
    Number(port),
    `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${extra}\r\n`,
  );
}

/** Writes `request` as it is and reads the whole answer. */
export function rawExchange(hostname: string, port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    // Written without closing our side: a server may drop a request whose client has half-closed.
    const socket = connect(port, hostname, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = new Map(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}
