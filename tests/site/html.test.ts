/** Every built page is valid HTML under the project's html-validate rules (.htmlvalidate.mjs). */
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { readPages } from '../support/dist.ts';

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

  it('has no style attribute outside the code blocks Shiki colours', async () => {
    // A Content-Security-Policy without 'unsafe-inline' for styles blocks style attributes.
    const styled = (await readPages(dir)).flatMap((page) =>
      page.doc
        .querySelectorAll('[style]')
        .filter((el) => !el.closest('pre.astro-code'))
        .map((el) => `${page.path}: <${el.tagName.toLowerCase()} style="${el.getAttribute('style')}">`),
    );
    expect(styled, 'style the element through a class in src/styles/global.css').toEqual([]);
  });
});
