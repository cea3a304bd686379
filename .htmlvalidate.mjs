// @ts-check
/**
 * html-validate over the built pages (tests/site/html.test.ts; by hand: npx html-validate dist).
 * Every page must validate with zero errors and zero warnings.
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Both forms of a void element are valid HTML. Astro writes literal void elements without the
    // slash and the head tags that Head.astro writes from data (a dynamic tag) with it.
    'void-style': 'off',
    // The search results are the listbox popup of an ARIA combobox: options with a code, a name and
    // a highlighted excerpt, which a native <select> cannot show.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // Subresource integrity protects files from other origins. Every script and stylesheet here
    // comes from the same deploy as the page, so only cross-origin ones need an integrity hash.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};
