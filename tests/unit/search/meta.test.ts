import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/lib/content/classes.ts';
import { FILTER_GROUPS, registrationOf, searchAttributes } from '../../../src/lib/search/meta.ts';

describe('search metadata on pages', () => {
  it('captures code, names, terms and filters from data attributes', () => {
    expect(
      searchAttributes({
        code: '413',
        name: 'Content Too Large',
        formerNames: ['Payload Too Large', 'Request Entity Too Large'],
        terms: ['upload too big, again'],
        kind: 'code',
        cls: '4xx',
        registration: 'registered',
      }),
    ).toEqual({
      'data-pagefind-meta':
        'code[data-search-code], name[data-search-name], former[data-search-former], terms[data-search-terms]',
      'data-pagefind-filter':
        'kind[data-search-kind], class[data-search-class], registration[data-search-registration]',
      'data-search-code': '413',
      'data-search-name': 'Content Too Large',
      'data-search-former': 'Payload Too Large; Request Entity Too Large',
      'data-search-terms': 'upload too big, again',
      'data-search-kind': 'code',
      'data-search-class': '4xx',
      'data-search-registration': 'registered',
    });
  });

  it('leaves out empty keys, so a class page has no registration', () => {
    expect(
      searchAttributes({
        code: '1xx',
        name: 'Informational',
        formerNames: [],
        terms: [],
        kind: 'class',
        cls: '1xx',
        registration: null,
      }),
    ).toEqual({
      'data-pagefind-meta': 'code[data-search-code], name[data-search-name]',
      'data-pagefind-filter': 'kind[data-search-kind], class[data-search-class]',
      'data-search-code': '1xx',
      'data-search-name': 'Informational',
      'data-search-kind': 'class',
      'data-search-class': '1xx',
    });
  });

  it('files a page that spans classes under no class, such as a comparison of 429 and 503', () => {
    expect(
      searchAttributes({
        code: '429 vs 503',
        name: '429 or 503?',
        formerNames: [],
        terms: ['429 or 503'],
        kind: 'comparison',
        cls: null,
        registration: null,
      }),
    ).toEqual({
      'data-pagefind-meta': 'code[data-search-code], name[data-search-name], terms[data-search-terms]',
      'data-pagefind-filter': 'kind[data-search-kind]',
      'data-search-code': '429 vs 503',
      'data-search-name': '429 or 503?',
      'data-search-terms': '429 or 503',
      'data-search-kind': 'comparison',
    });
  });

  it('offers every kind of page in the page filter: codes, classes, comparisons, the guide, errors', () => {
    expect(FILTER_GROUPS.find((g) => g.key === 'kind')?.options.map((o) => o.value)).toEqual([
      'code',
      'class',
      'comparison',
      'guide',
      'error',
    ]);
  });

  it('files unofficial codes under "unofficial" and every other status under "registered"', () => {
    expect(
      ['unofficial', 'obsolete', 'standard', 'temporary', 'unused'].map((s) => registrationOf(s as never)),
    ).toEqual(['unofficial', 'registered', 'registered', 'registered', 'registered']);
  });

  it('offers a filter option for every class', () => {
    expect(FILTER_GROUPS.find((g) => g.key === 'class')?.options.map((o) => o.value)).toEqual(CLASSES.map((c) => c.id));
  });
});
