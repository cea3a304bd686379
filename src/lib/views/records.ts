/**
 * The machine-readable projections of a code: the record published in /codes.json and /NNN.json
 * (format in the README, "Machine-readable data"), and the short form the search answers from
 * before its index loads (/search-codes.json).
 */
import type { ClassId } from '../content/classes.ts';
import type { CodeData } from '../content/schema.ts';
import type { KnownCode } from '../search/lookup.ts';
import type { CodeView } from './code.ts';

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
}

export const codeRecord = ({ data, cls, spec, url }: Pick<CodeView, 'data' | 'cls' | 'spec' | 'url'>): CodeRecord => ({
  code: data.code,
  name: data.name,
  formerNames: data.formerNames,
  class: cls.id,
  status: data.status,
  vendor: data.vendor?.name ?? null,
  summary: data.summary,
  specUrl: spec?.url ?? null,
  pageUrl: url,
});

export const knownCode = ({ data, registration }: Pick<CodeView, 'data' | 'registration'>): KnownCode => ({
  code: data.code,
  name: data.name,
  formerNames: data.formerNames,
  registration,
  summary: data.summary,
});
