/**
 * The Netlify / Cloudflare Pages `_headers` format: a path pattern on a line of its own, then
 * indented "Name: value" lines. The preview server applies it as those hosts do, and the nginx
 * tests hold deploy/nginx.conf to the same headers.
 */
import { readFile } from 'node:fs/promises';
import { ROOT } from './build.ts';

export interface HeaderRule {
  /** The path pattern; `*` stands for any run of characters, slashes included. */
  path: string;
  /** Header names in lower case, with their values. */
  headers: Map<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

const patternOf = (path: string) => new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

/** The headers every rule matching `path` sets; a later rule's value for the same name wins. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules)
    if (patternOf(rule.path).test(path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}

export const readHeadersFile = async () => parseHeadersFile(await readFile(`${ROOT}public/_headers`, 'utf8'));
