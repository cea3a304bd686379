/**
 * A <meta> Content-Security-Policy governs only the markup after it, but Astro writes it where it
 * injects head content: at the end of <head>, after the inline theme script, the JSON-LD and the
 * social tags. The build moves it to directly after <meta charset>, so it covers everything else
 * in the page (the charset stays first: browsers look for it in the first 1,024 bytes).
 */

const CHARSET = '<meta charset="utf-8"/>';
const POLICY = /<meta http-equiv="content-security-policy" content="[^"]*"\/?>/;

/** The page with its policy moved first; `file` names the page in the error if either tag is missing. */
export function policyFirst(html: string, file: string): string {
  const policy = POLICY.exec(html)?.[0];
  const charset = html.indexOf(CHARSET);
  if (policy === undefined || charset === -1)
    throw new Error(
      `${file}: expected ${CHARSET} and a content-security-policy <meta> in <head>; every page must render through src/layouts/Base.astro`,
    );
  const without = html.replace(policy, '');
  const at = charset + CHARSET.length;
  return `${without.slice(0, at)}${policy}${without.slice(at)}`;
}
