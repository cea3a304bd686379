/** Splits a Markdown/MDX file into its YAML frontmatter and body, as the content loader does. */
import { parse } from 'yaml';

export interface SplitFile {
  frontmatter: unknown;
  body: string;
}

export function splitFrontmatter(file: string, text: string): SplitFile {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter: the file must start with a --- block`);
  let frontmatter: unknown;
  try {
    frontmatter = parse(match[1] ?? '');
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  return { frontmatter, body: text.slice(match[0].length) };
}
