/**
 * Reads the copies of the IANA status-code registry and the unofficial-codes list kept in
 * src/data/, so tests can hold every page to the registry.
 */
import { parse } from 'csv-parse/sync';

export interface RegistryEntry {
  code: number;
  /** The name without registry annotations: "Not Extended", "Unused". */
  name: string;
  /** Annotation such as "TEMPORARY - ..." or "OBSOLETED", when present. */
  annotation: string | null;
  /** First reference: "RFC 9110", "draft-ietf-httpbis-resumable-upload-05". */
  document: string;
  section: string | null;
}

export interface UnofficialEntry {
  code: number;
  name: string;
  vendor: string;
  notes: string;
}

function rows(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, comment: '#', skip_empty_lines: true, trim: true });
}

/** Assigned codes only; the "Unassigned" ranges are dropped. */
export function parseRegistry(csv: string): RegistryEntry[] {
  return rows(csv)
    .filter((row) => /^\d{3}$/.test(row['Value'] ?? '') && row['Description'] !== 'Unassigned')
    .map((row) => {
      const description = row['Description'] ?? '';
      const unused = description === '(Unused)';
      const annotation = unused ? 'Unused' : (/\(([^)]*)\)\s*$/.exec(description)?.[1] ?? null);
      const name = unused ? 'Unused' : description.replace(/\s*\([^)]*\)\s*$/, '');
      const ref = /\[([^\]]+)\]/.exec(row['Reference'] ?? '')?.[1] ?? '';
      const [doc = '', section] = ref.split(/,\s*Section\s*/);
      return {
        code: Number(row['Value']),
        name,
        annotation,
        document: doc.replace(/^RFC(\d+)$/, 'RFC $1'),
        section: section ?? null,
      };
    });
}

/** Unofficial status codes: 100-599 only (warn-codes and numbers such as 000 or 999 are not status codes). */
export function parseUnofficial(csv: string): UnofficialEntry[] {
  return rows(csv)
    .map((row) => ({
      code: Number(row['Code']),
      name: row['Name'] ?? '',
      vendor: row['Vendor or source'] ?? '',
      notes: row['Notes'] ?? '',
    }))
    .filter((entry) => entry.code >= 100 && entry.code <= 599 && !/^Warning header/.test(entry.vendor));
}
