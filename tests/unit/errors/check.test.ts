import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { checkErrors } from '../../../src/lib/errors/check.ts';
import { contentProject, pageText, type ContentProject } from '../../fixtures/content-project.ts';
import { validErrorFrontmatter } from '../../fixtures/error-page.ts';

let project: ContentProject;
beforeEach(async () => {
  project = await contentProject();
});
afterEach(() => project.remove());

/** Writes content/errors/<slug>.mdx from a changed copy of the valid frontmatter. */
const writeError = (slug: string, edit: (fm: Record<string, unknown>) => void = () => {}, body?: string) => {
  const fm = validErrorFrontmatter();
  edit(fm);
  return project.write(`content/errors/${slug}.mdx`, pageText(fm, body));
};

const problems = async () => (await checkErrors(project.root)).problems.map(formatProblem);

describe('the error pages check', () => {
  it('accepts consistent pages and counts them; a project without content/errors has none', async () => {
    expect(await checkErrors(project.root)).toEqual({ problems: [], checked: 0 });
    await writeError('failed-to-fetch', (fm) => (fm['seeAlso'] = ['status-0']));
    await writeError('status-0');
    expect(await checkErrors(project.root)).toEqual({ problems: [], checked: 2 });
  });

  it('runs inside the content check that the build runs', async () => {
    await writeError('failed-to-fetch', (fm) => delete fm['faq']);
    const { problems: found } = await checkContent({ root: project.root });
    expect(found.map(formatProblem)).toEqual([
      'content/errors/failed-to-fetch.mdx: field "faq": required field is missing: add it (array); src/lib/content/schema.ts describes every field',
    ]);
  });

  it('names status codes without a page, twice-listed codes and an httpStatus missing from statusCodes', async () => {
    await writeError('cloudflare-1015', (fm) => {
      fm['statusCodes'] = [
        { code: 409, note: 'A.' },
        { code: 409, note: 'B.' },
        { code: 429, note: 'C.' },
      ];
      fm['httpStatus'] = 412;
    });
    expect(await problems()).toEqual([
      'content/errors/cloudflare-1015.mdx: field "statusCodes.1.code": lists 409 twice: keep one entry per code',
      'content/errors/cloudflare-1015.mdx: field "statusCodes.2.code": is 429, which has no page: use a code with a page in content/codes/',
      'content/errors/cloudflare-1015.mdx: field "httpStatus": is 412, which statusCodes does not list: add it there with how it relates',
    ]);
  });

  it('names see-also links to missing pages or to the page itself, and too few sources', async () => {
    await writeError('status-0', (fm) => {
      fm['seeAlso'] = ['status-0', 'cors-error'];
      fm['sources'] = [{ title: 'Fetch Standard', url: 'https://fetch.spec.whatwg.org/' }];
    });
    expect(await problems()).toEqual([
      'content/errors/status-0.mdx: field "seeAlso.0": points to the page itself: remove the entry',
      'content/errors/status-0.mdx: field "seeAlso.1": is "cors-error", which has no page: add content/errors/cors-error.mdx or remove it',
      'content/errors/status-0.mdx: field "sources": names 1 document: cite at least 2 primary sources (specs, vendor documentation, source files with versions)',
    ]);
  });

  it('rejects a file name that is not a slug, a leftover TODO and raw HTML in the body', async () => {
    await writeError('Failed_To_Fetch');
    await writeError('connection-reset', (fm) => (fm['layerNote'] = 'TODO: write it'), '<div>raw</div>\n');
    expect(await problems()).toEqual([
      'content/errors/Failed_To_Fetch.mdx: is not a content file: name it slug.mdx, lower-case words joined by hyphens, such as failed-to-fetch.mdx (lower case)',
      'content/errors/connection-reset.mdx: field "layerNote": still holds a TODO: write it',
      expect.stringMatching(/^content\/errors\/connection-reset\.mdx: field "body": holds/),
    ]);
  });
});
