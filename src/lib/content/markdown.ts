/**
 * Frontmatter prose may use inline Markdown: `code`, **strong**, _emphasis_ and links to https:
 * or to pages of this site. It is parsed with satteri, the Markdown engine Astro itself ships, and
 * the parse is checked before anything is rendered: raw HTML, other link schemes, images and block
 * structure are content errors, so nothing unsafe can reach a page. The same tree gives the HTML a
 * page shows and the plain text JSON-LD, meta tags and search need.
 */
import { markdownToHtml, markdownToMdast, defineMdastPlugin, type MdastNode } from 'satteri';

export interface InlineRules {
  /** False where the text is shown inside a link already (related-code notes). */
  links: boolean;
}

/** The inline node types a text field may contain. */
const INLINE = new Set(['text', 'inlineCode', 'strong', 'emphasis', 'link']);

/** A link target: https, or a root-relative path inside the site ("/409/"). */
const SAFE_URL = /^(https:\/\/[^\s]+|\/(?!\/)[^\s]*)$/;

type Node = MdastNode & { children?: Node[]; url?: string; value?: string };

const children = (node: Node): Node[] => node.children ?? [];

const parse = (text: string) => markdownToMdast(text) as Node;

/** The paragraph the text parses to, or null when it is not exactly one paragraph. */
function paragraph(text: string): Node | null {
  const [only, ...rest] = children(parse(text));
  return only?.type === 'paragraph' && rest.length === 0 ? only : null;
}

function* descendants(node: Node): Generator<Node> {
  for (const child of children(node)) {
    yield child;
    yield* descendants(child);
  }
}

/** The problem with one node, or null when it is allowed. */
function nodeProblem(node: Node, rules: InlineRules): string | null {
  if (node.type === 'html')
    return `raw HTML (${String(node.value).trim().slice(0, 40)}) is not allowed: use Markdown (\`code\`, **bold**, _emphasis_) instead`;
  if (node.type === 'link' && !rules.links)
    return 'links are not allowed here: the text is shown inside a link to the code already';
  if (node.type === 'link' && !SAFE_URL.test(node.url ?? ''))
    return `the link to "${String(node.url).slice(0, 60)}" is not allowed: link to https:// addresses or to a page of this site such as /409/`;
  if (!INLINE.has(node.type))
    return `${node.type} is not allowed: use only \`code\`, **bold**, _emphasis_ and [links](https://...)`;
  return null;
}

const ONE_PARAGRAPH = 'must be one paragraph of inline Markdown: no lists, headings, code blocks or blank lines';

/** What is wrong with `text` as inline Markdown, one sentence per problem; empty when it is fine. */
export function inlineMarkdownProblems(text: string, rules: InlineRules = { links: true }): string[] {
  const problems = new Set<string>();
  const blocks = children(parse(text));
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      problems.add(block.type === 'html' ? (nodeProblem(block, rules) ?? '') : ONE_PARAGRAPH);
      continue;
    }
    if (blocks.length > 1) problems.add(ONE_PARAGRAPH);
    for (const node of descendants(block)) {
      const problem = nodeProblem(node, rules);
      if (problem) problems.add(problem);
    }
  }
  return [...problems];
}

/**
 * Prefixes site-relative links with the site's base path ("/409/" becomes "/sub/409/"). It also
 * renders with HTML disabled, as a second line behind the content check: raw HTML becomes text,
 * which the stringifier escapes, and a link to any other scheme keeps only its words.
 */
const withBase = (pathWithBase: (path: string) => string) =>
  defineMdastPlugin({
    name: 'site-links',
    html(node, ctx) {
      ctx.replaceNode(node, { type: 'text', value: node.value });
    },
    link(node, ctx) {
      if (!SAFE_URL.test(node.url)) ctx.replaceNode(node, { type: 'text', value: linkWords(node as Node) });
      else if (node.url.startsWith('/')) ctx.replaceNode(node, { ...node, url: pathWithBase(node.url) });
    },
  });

const linkWords = (link: Node) =>
  [...descendants(link)].map((node) => (node.type === 'text' || node.type === 'inlineCode' ? node.value : '')).join('');

/** The HTML of checked inline Markdown, without the paragraph around it. */
export function inlineHtml(text: string, pathWithBase: (path: string) => string): string {
  const { html } = markdownToHtml(text, { mdastPlugins: [withBase(pathWithBase)] });
  return html.trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/** The words a reader sees once the inline Markdown is rendered. */
export function inlinePlain(text: string): string {
  const root = paragraph(text);
  if (!root) return text;
  let plain = '';
  for (const node of descendants(root)) if (node.type === 'text' || node.type === 'inlineCode') plain += node.value;
  return plain;
}
