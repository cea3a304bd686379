/**
 * Two fixes to the Content-Security-Policy <meta> Astro writes into each page.
 *
 * Astro puts the hash of every inline script and style of the whole site into every page: 24
 * hashes, about 700 bytes of brotli that cannot compress, where a page holds three inline
 * elements. Each page's policy keeps only the hashes of the inline code it holds, so it admits
 * nothing else and fits the first round trip (tests/site/budgets.test.ts).
 *
 * A <meta> policy governs only the markup after it, but Astro writes it where it injects head
 * content: at the end of <head>, after the inline theme script, the JSON-LD and the social tags.
 * The policy moves to directly after <meta charset>, so it covers everything else in the page (the
 * charset stays first: browsers look for it in the first 1,024 bytes).
 */
import { cspHash } from './content-security-policy.ts';

const CHARSET = '<meta charset="utf-8"/>';
const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*"\/?>/;
/** An inline script or style: no src, and not a data block such as JSON-LD, which never runs. */
const INLINE = /<(script|style)((?:\s[^>]*)?)>([\s\S]*?)<\/\1>/g;
const HASH = / '(sha256-[A-Za-z0-9+/]+=*)'/g;

/** The hashes of the inline scripts and styles `html` holds. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE)) {
    if (/\ssrc=/.test(attributes) || /\stype="application\/ld\+json"/.test(attributes)) continue;
    hashes.add(cspHash(text));
  }
  return hashes;
}

/**
 * The page with its policy first in <head>, listing only the hashes of the page's own inline
 * code; `file` names the page in the error if the policy or the charset is missing.
 */
export function pagePolicy(html: string, file: string): string {
  const policy = POLICY.exec(html)?.[0];
  const charset = html.indexOf(CHARSET);
  if (policy === undefined || charset === -1)
    throw new Error(
      `${file}: expected ${CHARSET} and a content-security-policy <meta> in <head>; every page must render through src/layouts/Base.astro`,
    );
  const own = inlineHashes(html);
  const trimmed = policy.replace(HASH, (source, hash: string) => (own.has(hash) ? source : ''));
  const without = html.replace(policy, '');
  const at = charset + CHARSET.length;
  return `${without.slice(0, at)}${trimmed}${without.slice(at)}`;
}
