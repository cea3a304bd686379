import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCodePages, type CodePage } from '../support/content.ts';
import { parseRegistry, parseUnofficial } from '../../src/lib/registry.ts';
import { inlinePlain } from '../../src/lib/inline-markdown.ts';

const read = (name: string) => readFileSync(new URL(`../../src/data/${name}`, import.meta.url), 'utf8');
const registry = parseRegistry(read('iana-http-status-codes.csv'));
const unofficial = parseUnofficial(read('unofficial-status-codes.csv'));

let pages: CodePage[] = [];
let byCode = new Map<number, CodePage>();
beforeAll(async () => {
  pages = await loadCodePages();
  byCode = new Map(pages.map((p) => [p.data.code, p]));
});

/** The status a page must have, from the registry's annotation. */
function expectedStatus(annotation: string | null): string {
  if (annotation?.startsWith('TEMPORARY')) return 'temporary';
  if (annotation === 'OBSOLETED') return 'obsolete';
  if (annotation === 'Unused') return 'unused';
  return 'standard';
}

describe('registered codes', () => {
  it('every registry entry has a page whose name and spec reference match', () => {
    const problems: string[] = [];
    for (const entry of registry) {
      const page = byCode.get(entry.code);
      if (!page) {
        problems.push(`${entry.code}: no page (add content/codes/${entry.code}.mdx)`);
        continue;
      }
      const { data } = page;
      const spec = data.spec;
      if (data.name !== entry.name) problems.push(`${entry.code}: name "${data.name}", registry says "${entry.name}"`);
      if (spec?.document !== entry.document)
        problems.push(`${entry.code}: spec.document "${spec?.document}", registry says "${entry.document}"`);
      if (entry.section && spec?.section !== entry.section)
        problems.push(`${entry.code}: spec.section "${spec?.section}", registry says "${entry.section}"`);
      const rfc = entry.document.startsWith('RFC ') ? entry.document.slice(4) : null;
      if (spec && rfc && !spec.url.startsWith(`https://www.rfc-editor.org/rfc/rfc${rfc}`))
        problems.push(`${entry.code}: spec.url ${spec.url} does not point to ${entry.document} on rfc-editor.org`);
      if (spec?.section && !spec.url.endsWith(`#section-${spec.section}`))
        problems.push(`${entry.code}: spec.url does not end with #section-${spec.section}`);
      const status = expectedStatus(entry.annotation);
      if (data.status !== status) problems.push(`${entry.code}: status "${data.status}", registry implies "${status}"`);
    }
    expect(problems).toEqual([]);
  });

  it('marks only codes outside the registry as unofficial', () => {
    const registered = new Set(registry.map((e) => e.code));
    const wrong = pages.filter((p) => (p.data.status === 'unofficial') === registered.has(p.data.code));
    expect(wrong.map((p) => p.file)).toEqual([]);
  });

  it('gives 104 the expiry date the registry states', () => {
    const expiry = /expires (\d{4}-\d{2}-\d{2})/.exec(registry.find((e) => e.code === 104)?.annotation ?? '')?.[1];
    expect(expiry).toBe('2026-11-13');
    expect(byCode.get(104)?.data.expires?.toISOString().slice(0, 10)).toBe(expiry);
  });
});

describe('unofficial codes', () => {
  it('every listed code has a page that names each of its vendors', () => {
    const problems: string[] = [];
    for (const entry of unofficial) {
      const page = byCode.get(entry.code);
      if (!page) {
        problems.push(`${entry.code} (${entry.vendor}): no page`);
        continue;
      }
      const vendors = [page.data.vendor, ...page.data.otherMeanings.map((m) => m.vendor)]
        .filter((v) => v !== undefined)
        .map((v) => `${v.name} ${v.product}`.toLowerCase())
        .join(' | ');
      const key = entry.vendor.split(/[ /(]/)[0]?.toLowerCase() ?? '';
      if (!vendors.includes(key))
        problems.push(`${entry.code}: no vendor or other meaning names "${entry.vendor}" (found: ${vendors})`);
    }
    expect(problems).toEqual([]);
  });
});

describe('content quality', () => {
  it('repeats no paragraph or list item across pages', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const { file, data, body } of pages) {
      const blocks = [
        ...body.split(/\n\s*\n/),
        ...data.causes,
        ...data.fixes.client,
        ...data.fixes.server,
        data.example,
        data.tip,
        data.retry,
        ...data.faq.map((f) => f.answer),
      ];
      for (const block of blocks) {
        const key = inlinePlain(block).replace(/\s+/g, ' ').trim().toLowerCase();
        if (key.length < 60) continue;
        const first = seen.get(key);
        if (first && first !== file) repeats.push(`${file} repeats ${first}: "${key.slice(0, 80)}…"`);
        else seen.set(key, file);
      }
    }
    expect(repeats).toEqual([]);
  });

  it('has a curl example on every page', () => {
    const without = pages.filter((p) => !p.data.examples.some((e) => e.lang === 'bash' && /\bcurl\b/.test(e.code)));
    expect(without.map((p) => p.file)).toEqual([]);
  });
});
