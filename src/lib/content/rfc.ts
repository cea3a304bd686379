/**
 * The RFCs kept in full in src/data/rfc/ (RFC 9110 and RFC 9111), read as their section headings,
 * so content can be held to the words of the RFC it cites: a page that names a section of RFC 9110
 * must name the one headed with its own code and name.
 */

/** section number -> heading, e.g. "15.5.10" -> "409 Conflict". */
export type RfcSections = ReadonlyMap<string, string>;

/** The headings of an RFC in the text form of src/data/rfc/: lines such as "§ 15.5.10. 409 Conflict" (the space after the number is sometimes a no-break space). */
export function rfcSections(text: string): RfcSections {
  return new Map([...text.matchAll(/^§ (\d+(?:\.\d+)*)\.\s+(.+)$/gm)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

/** The text of a section: from its heading to the next heading, without either. */
export function rfcSectionText(text: string, section: string): string {
  const lines = text.split('\n');
  // Some headings have a no-break space after the number.
  const start = lines.findIndex((line) => new RegExp(`^§ ${section.replaceAll('.', '\\.')}\\.\\s`).test(line));
  if (start < 0) throw new Error(`the RFC text has no section ${section}`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('§ '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The heading a status code's own section has: "409 Conflict", or "306 (Unused)" for an unused code. */
export const statusHeading = (code: number, name: string) =>
  name === 'Unused' ? `${code} (Unused)` : `${code} ${name}`;
