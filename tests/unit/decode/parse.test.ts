import { describe, expect, it } from 'vitest';
import { decodePaste, headerValue } from '../../../src/lib/decode/parse.ts';
import { PASTES } from '../../fixtures/decode-pastes.ts';

/** Each paste with what it must be read as: its kind, its status code, the message recognised. */
const EXPECTED: Record<keyof typeof PASTES, { kind: string; code: number | null; message?: string }> = {
  statusLine: { kind: 'response', code: 503 },
  curlI: { kind: 'response', code: 429 },
  curlV: { kind: 'curl-verbose', code: 401 },
  redirects: { kind: 'response', code: 405 },
  headersOnly: { kind: 'headers', code: null },
  chromeFetch: { kind: 'message', code: null, message: 'failed-to-fetch' },
  firefoxFetch: { kind: 'message', code: null, message: 'failed-to-fetch' },
  safariFetch: { kind: 'message', code: null, message: 'failed-to-fetch' },
  chromeCors: { kind: 'message', code: null, message: 'cors-error' },
  firefoxCors: { kind: 'message', code: null, message: 'cors-error' },
  redirectLoop: { kind: 'message', code: null, message: 'err-too-many-redirects' },
  refused: { kind: 'message', code: null, message: 'connection-refused' },
  nodeReset: { kind: 'message', code: null, message: 'connection-reset' },
  http2: { kind: 'message', code: null, message: 'err-http2-protocol-error' },
  consoleStatus: { kind: 'status-code', code: 404 },
  statusZero: { kind: 'message', code: null, message: 'status-0' },
  curl52: { kind: 'message', code: null, message: 'curl-52-empty-reply' },
  curl7: { kind: 'message', code: null, message: 'connection-refused' },
  curl28: { kind: 'message', code: null, message: 'curl exit code 28 (CURLE_OPERATION_TIMEDOUT)' },
  nginxTimeout: { kind: 'message', code: 504, message: 'nginx: upstream timed out' },
  nginxRefused: { kind: 'message', code: 502, message: 'nginx: connect() failed (Connection refused)' },
  nginxBody: { kind: 'message', code: 413, message: 'nginx: client intended to send too large body' },
  accessLog: { kind: 'access-log', code: 404 },
  nginx499: { kind: 'access-log', code: 499 },
  albTarget: { kind: 'alb-log', code: 200 },
  albNoTarget: { kind: 'alb-log', code: 502 },
  albZero: { kind: 'alb-log', code: null },
  cloudflare1015: { kind: 'cloudflare-page', code: 429, message: 'cloudflare-1015' },
  cloudflare1020: { kind: 'cloudflare-page', code: 403, message: 'cloudflare-1020' },
  cloudflare1016: { kind: 'cloudflare-page', code: 530, message: 'cloudflare-1016' },
  cloudflare522: { kind: 'cloudflare-page', code: 522 },
  bareCode: { kind: 'status-code', code: 418 },
  curlHttpCode000: { kind: 'message', code: null, message: '000' },
  nonsense: { kind: 'unknown', code: null },
};

describe('decodePaste', () => {
  it.each(Object.entries(EXPECTED))('reads %s', (name, expected) => {
    const decoded = decodePaste(PASTES[name as keyof typeof PASTES]);
    expect({ kind: decoded.kind, code: decoded.code }).toEqual({ kind: expected.kind, code: expected.code });
    if (expected.message) expect([decoded.message?.error, decoded.message?.label]).toContain(expected.message);
  });

  it('keeps the headers of the last response only, and the reason phrase as sent', () => {
    const redirects = decodePaste(PASTES.redirects);
    expect(headerValue(redirects.headers, 'Allow')).toBe('GET, HEAD');
    expect(headerValue(redirects.headers, 'Location')).toBeUndefined();
    expect(decodePaste(PASTES.statusLine).reason).toBe('Service Temporarily Unavailable');
    expect(decodePaste(PASTES.curlI).reason).toBeNull();
  });

  it('reads the response side of curl -v and leaves the request, with its credentials, out', () => {
    const decoded = decodePaste(PASTES.curlV);
    expect(decoded.headers.map((h) => h.name)).toEqual(['Server', 'WWW-Authenticate', 'Content-Length']);
  });

  it('reads both status fields of an ALB entry, "-" and 000 included', () => {
    expect(decodePaste(PASTES.albTarget).alb).toEqual({ elb: '200', target: '200' });
    expect(decodePaste(PASTES.albNoTarget).alb).toEqual({ elb: '502', target: '-' });
    expect(decodePaste(PASTES.albZero).alb).toEqual({ elb: '000', target: '-' });
  });

  it('finds the Cloudflare Ray ID in a header or on an error page', () => {
    expect(decodePaste(PASTES.curlI).rayId).toBe('8e1f2a3b4c5d6e7f-FRA');
    expect(decodePaste(PASTES.cloudflare1020).rayId).toBe('8e1f2a3b4c5d6e70');
  });
});
