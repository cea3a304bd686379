/**
 * Reads what a reader pasted: a status line, `curl -i` or `curl -v` output, bare response headers,
 * a browser console error, a curl error, an nginx error log line, an nginx or Apache access log
 * line, an AWS Application Load Balancer access log entry, or a Cloudflare error page's text.
 * Pure and synchronous: the decoder page runs it in the browser and sends nothing anywhere.
 */
import { findMessage, type KnownMessage } from './messages.ts';

export type InputKind =
  | 'response'
  | 'curl-verbose'
  | 'headers'
  | 'alb-log'
  | 'access-log'
  | 'message'
  | 'cloudflare-page'
  | 'status-code'
  | 'unknown';

export interface Header {
  name: string;
  value: string;
}

/** The two status fields of an ALB log entry: "-" when there is none. */
export interface AlbStatus {
  elb: string;
  target: string;
}

export interface Decoded {
  kind: InputKind;
  /** The status code the paste shows; null when it has none (a network error, a curl error). */
  code: number | null;
  /** The reason phrase after the code in a status line, as sent. */
  reason: string | null;
  headers: Header[];
  /** A recognised error message, when the paste contains one. */
  message: KnownMessage | null;
  alb: AlbStatus | null;
  /** The Cloudflare Ray ID on an error page or in a CF-Ray header. */
  rayId: string | null;
}

const STATUS_LINE = /^(HTTP\/[\d.]+)\s+(\d{3})(?:[ \t]+(.*))?$/;
const HEADER_LINE = /^([A-Za-z0-9!#$%&'*+.^_`|~-]+):[ \t]*(.*)$/;
/** type time elb client:port target:port 3 timings elb_status_code target_status_code ... (AWS ALB docs). */
const ALB_ENTRY =
  /^(?:https?|h2|grpcs|wss?) \d{4}-\d\d-\d\dT\S+ \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) \d+ \d+ "/m;
/** nginx and Apache's combined/common format: "request" status bytes. */
const ACCESS_ENTRY = /\[\d{2}\/\w{3}\/\d{4}:[\d:]+ [+-]\d{4}\] "[^"]*" (\d{3}) (?:\d+|-)/;
const CLOUDFLARE_PAGE = /(?:Cloudflare )?Ray ID:\s*([0-9a-f]{16})/i;
const CLOUDFLARE_5XX = /\bError(?:\s+code)?\s+(5[2-3]\d)\b/i;
/** A browser console's failed request: "GET https://… 429 (Too Many Requests)". */
const CONSOLE_STATUS = /\b(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) \S+ ([1-5]\d\d)(?: \(([^)]*)\))?/;
const BARE_CODE = /^(?:(?:http|status|code|error|status code)[\s:]*)?([1-5]\d\d)\b/i;

/**
 * The lines of the last response in the paste. `curl -v` prefixes response lines with "< " and
 * request lines with "> "; with -L, or after a 100 Continue, several responses follow each other,
 * and the last one is the answer.
 */
function lastResponse(lines: string[]): { statusLine: RegExpExecArray; headers: Header[] } | null {
  let found: { statusLine: RegExpExecArray; headers: Header[] } | null = null;
  let inHeaders = false;
  for (const line of lines) {
    const status = STATUS_LINE.exec(line);
    if (status) {
      found = { statusLine: status, headers: [] };
      inHeaders = true;
      continue;
    }
    if (!inHeaders || !found) continue;
    const header = HEADER_LINE.exec(line);
    if (header) found.headers.push({ name: header[1] ?? '', value: (header[2] ?? '').trim() });
    else if (line.trim() === '') inHeaders = false;
  }
  return found;
}

const headerLines = (lines: string[]): Header[] =>
  lines.flatMap((line) => {
    const header = HEADER_LINE.exec(line);
    return header && !/^https?$/i.test(header[1] ?? '')
      ? [{ name: header[1] ?? '', value: (header[2] ?? '').trim() }]
      : [];
  });

export const headerValue = (headers: readonly Header[], name: string): string | undefined =>
  headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

/** A status field's code; null for "-" and for 000, which means no response (not a status code). */
const statusOf = (field: string | undefined): number | null =>
  field && /^[1-5]\d\d$/.test(field) ? Number(field) : null;

export function decodePaste(text: string): Decoded {
  const trimmed = text.trim();
  const rawLines = trimmed.split(/\r?\n/);
  const verbose = rawLines.some((line) => /^< HTTP\//.test(line));
  // curl -v: keep the response lines ("< ") and its own remarks ("* "), drop the request ("> ").
  const lines = verbose
    ? rawLines.filter((l) => l.startsWith('< ')).map((l) => l.slice(2).trimEnd())
    : rawLines.map((l) => l.trimEnd());
  const message = findMessage(trimmed) ?? null;
  const rayMatch = CLOUDFLARE_PAGE.exec(trimmed);
  const base: Decoded = {
    kind: 'unknown',
    code: null,
    reason: null,
    headers: [],
    message,
    alb: null,
    rayId: rayMatch?.[1] ?? null,
  };

  const response = lastResponse(lines);
  if (response) {
    const headers = response.headers;
    return {
      ...base,
      kind: verbose ? 'curl-verbose' : 'response',
      code: Number(response.statusLine[2]),
      reason: response.statusLine[3]?.trim() || null,
      headers,
      rayId: headerValue(headers, 'CF-Ray') ?? base.rayId,
    };
  }

  const alb = ALB_ENTRY.exec(trimmed);
  if (alb) {
    const status = { elb: alb[1] ?? '-', target: alb[2] ?? '-' };
    return { ...base, kind: 'alb-log', code: statusOf(status.elb), alb: status };
  }

  const access = ACCESS_ENTRY.exec(trimmed);
  if (access) return { ...base, kind: 'access-log', code: Number(access[1]) };

  if (base.rayId || /cloudflare/i.test(trimmed)) {
    const code = message?.code ?? statusOf(CLOUDFLARE_5XX.exec(trimmed)?.[1]);
    if (message || code) return { ...base, kind: 'cloudflare-page', code: code ?? null };
  }

  if (message) return { ...base, kind: 'message', code: message.code ?? null };

  const headers = headerLines(lines);
  if (headers.length > 0) {
    const status = headerValue(headers, 'Status');
    return { ...base, kind: 'headers', headers, code: statusOf(status?.slice(0, 3)) };
  }

  const console = CONSOLE_STATUS.exec(trimmed);
  if (console) return { ...base, kind: 'status-code', code: Number(console[1]), reason: console[2] ?? null };
  const bare = BARE_CODE.exec(trimmed);
  if (bare)
    return {
      ...base,
      kind: 'status-code',
      code: Number(bare[1]),
      reason: trimmed.slice(bare[0].length).trim() || null,
    };
  return base;
}
