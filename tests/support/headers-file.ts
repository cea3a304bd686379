/** Reads the Netlify / Cloudflare Pages `_headers` format: a path line, then indented "Name: value" lines. */
import { readFile } from 'node:fs/promises';
import { ROOT } from '../../scripts/lib/build.ts';

export interface HeaderRule {
  path: string;
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
    if (!rule || colon < 0) throw new Error(`public/_headers line ${index + 1}: expected "  Name: value" under a path`);
    rule.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

export const readHeadersFile = async () => parseHeadersFile(await readFile(`${ROOT}public/_headers`, 'utf8'));
