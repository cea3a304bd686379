import { describe, expect, it } from 'vitest';
import { classOf } from '../../../src/lib/content/classes.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { codeRecord, knownCode } from '../../../src/lib/views/records.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';

const data = codeSchema.parse({ ...validFrontmatter(412), formerNames: ['Old Name'] });

describe('published records of a code', () => {
  it('give /NNN.json the documented fields, with the page URL and the spec link', () => {
    const spec = { title: 'RFC 9110, section 15.5.13', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13' };
    expect(Object.keys(codeRecord({ data, cls: classOf(412), spec, url: 'https://example.org/412/' }))).toEqual([
      'code',
      'name',
      'formerNames',
      'class',
      'status',
      'vendor',
      'summary',
      'specUrl',
      'pageUrl',
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
