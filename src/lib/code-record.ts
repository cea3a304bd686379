/**
 * The machine-readable form of a code, as published in /codes.json and /NNN.json. Derived from
 * frontmatter only; the format is documented in the README ("Machine-readable data").
 */
import type { CodeData } from './schema.ts';
import { classOf } from './classes.ts';
import { codePath } from './paths.ts';

export interface CodeRecord {
  code: number;
  name: string;
  formerNames: string[];
  class: string;
  status: CodeData['status'];
  /** Who emits an unofficial code; null for registered codes. */
  vendor: string | null;
  summary: string;
  /** Link to the defining section; null for unofficial codes. */
  specUrl: string | null;
  /** Absolute URL of the code's page. */
  pageUrl: string;
}

/** `site` is the absolute origin ("https://example.org"), `base` the sub-path ("/" or "/docs/"). */
export function codeRecord(data: CodeData, site: string, base: string): CodeRecord {
  return {
    code: data.code,
    name: data.name,
    formerNames: data.formerNames,
    class: classOf(data.code).id,
    status: data.status,
    vendor: data.vendor?.name ?? null,
    summary: data.summary,
    specUrl: data.spec?.url ?? null,
    pageUrl: new URL(codePath(base, data.code), site).href,
  };
}
