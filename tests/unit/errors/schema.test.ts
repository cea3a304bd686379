import { describe, expect, it } from 'vitest';
import { errorSchema } from '../../../src/lib/errors/schema.ts';
import { friendlyErrors } from '../../../src/lib/content/schema.ts';
import { validErrorFrontmatter } from '../../fixtures/error-page.ts';

/** The schema's messages for one changed copy of a valid page, as "field: message". */
function issues(edit: (fm: Record<string, unknown>) => void): string[] {
  const fm = validErrorFrontmatter();
  edit(fm);
  const result = errorSchema.safeParse(fm, { error: friendlyErrors });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('error page schema', () => {
  it('accepts a complete page and fills the defaults', () => {
    expect(errorSchema.parse(validErrorFrontmatter())).toMatchObject({ seeAlso: [], searchTerms: [] });
  });

  it('names a missing field and an unknown one with the fix', () => {
    expect(issues((fm) => delete fm['messages'])).toEqual([
      expect.stringMatching(/^messages: required field is missing: add it/),
    ]);
    expect(issues((fm) => (fm['code'] = 0))).toEqual([expect.stringMatching(/^: unknown field "code": remove it/)]);
  });

  it('rejects an unknown layer, a message without its emitter and a status outside 100-599', () => {
    expect(issues((fm) => (fm['layer'] = 'server'))).toEqual([
      'layer: layer must be one of: browser, client library, operating system, proxy or CDN, load balancer',
    ]);
    expect(issues((fm) => (fm['messages'] = [{ text: 'Load failed', emitter: '' }]))).toEqual([
      expect.stringMatching(/^messages\.0\.emitter: messages\[\]\.emitter must name who prints it/),
    ]);
    expect(issues((fm) => (fm['httpStatus'] = 1015))).toEqual([
      'httpStatus: httpStatus must be a status code between 100 and 599',
    ]);
  });

  it('needs two causes, each with how to tell it apart, and at least one status code', () => {
    expect(issues((fm) => (fm['causes'] = [{ cause: 'Only one.', tell: 'Alone.' }]))).toEqual([
      'causes: causes needs at least 2 entries, each with how to tell it apart from the others',
    ]);
    expect(issues((fm) => (fm['causes'] = [{ cause: 'No tell.' }, { cause: 'B.', tell: 'T.' }]))).toEqual([
      expect.stringMatching(/^causes\.0\.tell: required field is missing/),
    ]);
    expect(issues((fm) => (fm['statusCodes'] = []))).toEqual([
      'statusCodes: statusCodes needs at least one status code involved, with how it relates to the error',
    ]);
  });

  it('keeps links out of status-code notes and slugs in seeAlso', () => {
    expect(issues((fm) => (fm['statusCodes'] = [{ code: 409, note: 'See [412](/412/).' }]))).toEqual([
      expect.stringMatching(/^statusCodes\.0\.note: statusCodes\[\]\.note /),
    ]);
    expect(issues((fm) => (fm['seeAlso'] = ['Failed To Fetch']))).toEqual([
      'seeAlso.0: seeAlso[] entries must be error page slugs such as "failed-to-fetch"',
    ]);
  });
});

describe('error page titles', () => {
  it('leave room for the site name in the <title>', () => {
    expect(issues((fm) => (fm['title'] = 'x'.repeat(42)))).toEqual([
      expect.stringMatching(/^title: title is longer than 41 characters \(the <title> adds the site's name\)/),
    ]);
  });
});
