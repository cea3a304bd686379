/** Human labels derived from a code's facts, shared by pages, lists and data files. */
import { formatDate } from '../site/dates.ts';
import type { CodeData } from './schema.ts';

export interface Badge {
  label: string;
  title: string;
}

/** The status badge for anything that is not a plain standard code; null for standard codes. */
export function statusBadge(data: Pick<CodeData, 'status' | 'vendor' | 'expires'>): Badge | null {
  switch (data.status) {
    case 'standard':
      return null;
    case 'temporary':
      return {
        label: 'Temporary',
        title: data.expires
          ? `Temporary IANA registration, stated expiry ${formatDate(data.expires)}`
          : 'Temporary IANA registration',
      };
    case 'unused':
      return { label: 'Unused', title: 'Reserved in the IANA registry; no longer used' };
    case 'obsolete':
      return { label: 'Obsolete', title: 'Obsoleted: do not use in new systems' };
    case 'unofficial':
      return {
        label: `Unofficial · ${data.vendor?.name ?? 'vendor'}`,
        title: 'Not defined by any RFC; used by a vendor',
      };
  }
}

/** "RFC 9110, section 15.5.10" */
export function specLabel(spec: NonNullable<CodeData['spec']>): string {
  return spec.section ? `${spec.document}, section ${spec.section}` : spec.document;
}
