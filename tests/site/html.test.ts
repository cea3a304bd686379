/** Every built page is valid HTML under the project's html-validate rules (.htmlvalidate.mjs). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { readPages } from '../../scripts/lib/dist.ts';

const dir = inject('siteDir');

describe('HTML', () => {
  it('validates every page with html-validate, with no error and no warning', async () => {
    const validator = new HtmlValidate(config);
    const problems: string[] = [];
    for (const page of await readPages(dir)) {
      const report = await validator.validateString(page.html, page.file);
      for (const { messages } of report.results)
        for (const m of messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
