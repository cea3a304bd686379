/**
 * The machine-readable projections of a code: the record published in /codes.json and /NNN.json
 * (format in the README, "Machine-readable data"), and the short form the search answers from
 * before its index loads (/search-codes.json).
 */
import type { ClassId } from '../content/classes.ts';
import type { CodeData } from '../content/schema.ts';
import type { KnownCode } from '../search/lookup.ts';
import type { CacheabilityKind } from '../content/facts.ts';
import type { CodeView } from './code.ts';
import type { Source } from './article.ts';

export interface CodeRecord {
  code: number;
  name: string;
  formerNames: string[];
  class: ClassId;
  status: CodeData['status'];
  /** Who emits an unofficial code; null for registered codes. */
  vendor: string | null;
  summary: string;
  /** Link to the defining section; null for unofficial codes. */
  specUrl: string | null;
  /** Absolute URL of the code's page. */
  pageUrl: string;
  /** How caches may store it (src/lib/content/facts.ts), and the section that says so. */
  cacheability: { kind: CacheabilityKind; source: string };
  /** The documents the page rests on, the defining section first. */
  sources: Source[];
}

export const codeRecord = ({
  data,
  cls,
  spec,
  url,
  cacheability,
  sources,
}: Pick<CodeView, 'data' | 'cls' | 'spec' | 'url' | 'cacheability' | 'sources'>): CodeRecord => ({
  code: data.code,
  name: data.name,
  formerNames: data.formerNames,
  class: cls.id,
  status: data.status,
  vendor: data.vendor?.name ?? null,
  summary: data.summary,
  specUrl: spec?.url ?? null,
  pageUrl: url,
  cacheability: { kind: cacheability.kind, source: cacheability.source.url },
  sources,
});

export const knownCode = ({ data, registration }: Pick<CodeView, 'data' | 'registration'>): KnownCode => ({
  code: data.code,
  name: data.name,
  formerNames: data.formerNames,
  registration,
  summary: data.summary,
});
