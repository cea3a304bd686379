/** Library constants per status code, in the order pages list them. */

export type LibraryKey = 'node' | 'python' | 'go' | 'spring' | 'dotnet' | 'rust' | 'rails' | 'symfony';

export interface ConstantTable {
  source: string;
  constants: Readonly<Record<number, string>>;
}

export const CONSTANT_LIBRARIES: readonly { key: LibraryKey; label: string }[] = [
  { key: 'node', label: 'Node.js http.STATUS_CODES' },
  { key: 'python', label: 'Python http.HTTPStatus' },
  { key: 'go', label: 'Go net/http' },
  { key: 'spring', label: 'Java Spring HttpStatus' },
  { key: 'dotnet', label: '.NET HttpStatusCode' },
  { key: 'rust', label: 'Rust http::StatusCode' },
  { key: 'rails', label: 'Ruby on Rails status symbol' },
  { key: 'symfony', label: 'PHP Symfony Response' },
];

export interface ConstantRow {
  key: LibraryKey;
  label: string;
  /** The constant as written in code, or null when the library defines none for the code. */
  value: string | null;
}

export function constantsFor(code: number, tables: Readonly<Record<LibraryKey, ConstantTable>>): ConstantRow[] {
  return CONSTANT_LIBRARIES.map(({ key, label }) => ({
    key,
    label,
    value: tables[key].constants[code] ?? null,
  }));
}
