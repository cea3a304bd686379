/**
 * Frontmatter prose may use inline Markdown (`code`, emphasis, links). The page renders it as
 * HTML; JSON-LD and meta tags need the same words as plain text, so both come from one parse.
 */
import { marked } from 'marked';

export function inlineHtml(text: string): string {
  return marked.parseInline(text, { async: false });
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text a reader sees once the inline Markdown is rendered (tags dropped, entities decoded). */
export function inlinePlain(text: string): string {
  return inlineHtml(text)
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}
