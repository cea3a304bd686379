// @ts-check
/**
 * html-validate over the built pages (tests/site/html.test.ts; by hand: npx html-validate dist).
 * Every page must validate with zero errors and zero warnings.
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Shiki colours each token of the code examples with a style attribute (light-dark() colours),
    // thousands per page. The markup the site writes itself may not use style attributes (the CSP
    // forbids them); tests/site/html.test.ts checks that outside Shiki's <pre class="astro-code">.
    'no-inline-style': 'off',
    // Subresource integrity protects files from other origins. Every script and stylesheet here
    // comes from the same deploy as the page, so only cross-origin ones need an integrity hash.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
