import { describe, expect, it } from 'vitest';
import { classOf } from '../../../src/lib/content/classes.ts';
import { cacheabilityOf } from '../../../src/lib/content/facts.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { codeRecord, knownCode } from '../../../src/lib/views/records.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';

const data = codeSchema.parse({ ...validFrontmatter(412), formerNames: ['Old Name'] });

describe('published records of a code', () => {
  it('give /NNN.json the documented fields, with the page URL and the spec link', () => {
    const spec = { title: 'RFC 9110, section 15.5.13', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13' };
    const record = codeRecord({
      data,
      cls: classOf(412),
      spec,
      url: 'https://example.org/412/',
      cacheability: cacheabilityOf(412),
      sources: [spec],
    });
    expect(record.cacheability).toEqual({
      kind: 'explicit',
      source: 'https://www.rfc-editor.org/rfc/rfc9111#section-3',
    });
    expect(Object.keys(record)).toEqual([
      'code',
      'name',
      'formerNames',
      'class',
      'status',
      'vendor',
      'summary',
      'specUrl',
      'pageUrl',
      'cacheability',
      'sources',
    ]);
  });

  it('give the instant search only what it matches and shows', () => {
    expect(knownCode({ data, registration: 'registered' })).toEqual({
      code: 412,
      name: 'Precondition Failed',
      formerNames: ['Old Name'],
      registration: 'registered',
      summary: data.summary,
    });
  });
});
