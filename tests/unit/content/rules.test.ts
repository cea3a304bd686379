import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import type { RegistryEntry } from '../../../src/lib/content/registry.ts';
import { codeRuleProblems, unfinishedFields, type CodeFile, type RuleContext } from '../../../src/lib/content/rules.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { FIXTURE_CODES, validFrontmatter, type FixtureCode } from '../../fixtures/content-project.ts';

const REGISTRY: RegistryEntry[] = [
  { code: 409, name: 'Conflict', annotation: null, document: 'RFC 9110', section: '15.5.10' },
  { code: 412, name: 'Precondition Failed', annotation: null, document: 'RFC 9110', section: '15.5.13' },
  { code: 422, name: 'Unprocessable Content', annotation: null, document: 'RFC 9110', section: '15.5.21' },
];

function file(
  code: FixtureCode,
  edit: (fm: Record<string, unknown>) => void = () => {},
  body = 'It means this.\n',
): CodeFile {
  const fm = validFrontmatter(code);
  edit(fm);
  return { file: `content/codes/${code}.mdx`, data: codeSchema.parse(fm), body };
}

const RFC_9110 = new Map([
  ['15.5.9', '408 Request Timeout'],
  ['15.5.10', '409 Conflict'],
  ['15.5.13', '412 Precondition Failed'],
  ['15.5.21', '422 Unprocessable Content'],
]);

const context = (over: Partial<RuleContext> = {}): RuleContext => ({
  registry: REGISTRY,
  unofficial: [],
  onDisk: new Set(FIXTURE_CODES),
  complete: true,
  rfcs: new Map([['RFC 9110', RFC_9110]]),
  ...over,
});

/** The problems for the three fixture pages with one of them replaced. */
function problems(changed: CodeFile, over: Partial<RuleContext> = {}): string[] {
  const files = FIXTURE_CODES.map((code) => (code === changed.data.code ? changed : file(code)));
  return codeRuleProblems(files, context(over)).map(formatProblem);
}

describe('content rules', () => {
  it('find nothing wrong with consistent pages', () => {
    expect(
      codeRuleProblems(
        FIXTURE_CODES.map((code) => file(code)),
        context(),
      ),
    ).toEqual([]);
  });

  it('tie the file name to the code, and each code to one file', () => {
    const renamed = { ...file(409), file: 'content/codes/410.mdx' };
    expect(codeRuleProblems([renamed, file(409), file(412), file(422)], context()).map(formatProblem)).toEqual([
      'content/codes/410.mdx: field "code": is 409 but the file is named 410.mdx: rename the file to 409.mdx or fix the code',
      'content/codes/409.mdx: field "code": 409 is already defined in content/codes/410.mdx: keep one page per code',
    ]);
  });

  it('require related codes to have pages, and not to be the page itself', () => {
    const related = (fm: Record<string, unknown>) =>
      (fm['related'] = [
        { code: 409, note: 'Itself.' },
        { code: 418, note: 'A teapot.' },
      ]);
    expect(problems(file(409, related))).toEqual([
      'content/codes/409.mdx: field "related.0.code": points to the page itself: remove the entry',
      'content/codes/409.mdx: field "related.1.code": is 418, which has no page: add content/codes/418.mdx or remove the entry',
    ]);
  });

  it('hold a cited section of an RFC kept in full to its heading', () => {
    const cited = (section: string) =>
      file(
        409,
        (fm) =>
          (fm['spec'] = {
            document: 'RFC 9110',
            section,
            url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`,
          }),
      );
    expect(problems(cited('15.5.9'))).toContain(
      'content/codes/409.mdx: field "spec.section": is 15.5.9, but RFC 9110 section 15.5.9 is "408 Request Timeout"; "409 Conflict" is section 15.5.10: cite that',
    );
    const withoutHeading = new Map([...RFC_9110].filter(([, heading]) => heading !== '409 Conflict'));
    expect(problems(cited('15.5.99'), { rfcs: new Map([['RFC 9110', withoutHeading]]) })).toContain(
      'content/codes/409.mdx: field "spec.section": is 15.5.99, but RFC 9110 section 15.5.99 is not a section; RFC 9110 has no section headed "409 Conflict"',
    );
  });

  it("need an unofficial code's vendor source, and never list the defining section twice", () => {
    const unofficial = file(409, (fm) => {
      delete fm['spec'];
      fm['status'] = 'unofficial';
      fm['vendor'] = { name: 'nginx', product: 'nginx' };
    });
    expect(problems(unofficial, { registry: REGISTRY.filter((e) => e.code !== 409) })).toEqual([
      'content/codes/409.mdx: field "sources": needs the vendor\'s own documentation or source: an unofficial code has no RFC',
    ]);
    const twice = file(
      409,
      (fm) => (fm['sources'] = [{ title: 'RFC 9110', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10' }]),
    );
    expect(problems(twice)).toEqual([
      'content/codes/409.mdx: field "sources.0.url": repeats spec.url, which the Sources section lists first anyway: remove it',
    ]);
  });

  it('hold registered codes to the IANA registry', () => {
    const wrong = file(409, (fm) => {
      fm['name'] = 'Clash';
      fm['spec'] = {
        document: 'RFC 9110',
        section: '15.5.9',
        url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
      };
    });
    expect(problems(wrong, { rfcs: new Map() })).toEqual([
      'content/codes/409.mdx: field "name": is "Clash"; the IANA registry says "Conflict"',
      'content/codes/409.mdx: field "spec.section": is "15.5.9"; the IANA registry cites section 15.5.10',
      'content/codes/409.mdx: field "spec.url": must end with #section-15.5.9, the section it cites',
    ]);
  });

  it('mark as unofficial only codes outside the registry', () => {
    const unofficial = file(409, (fm) => {
      delete fm['spec'];
      fm['status'] = 'unofficial';
      fm['vendor'] = { name: 'nginx', product: 'nginx' };
    });
    expect(problems(unofficial)).toContainEqual(
      expect.stringMatching(/409\.mdx: field "status": is "unofficial"; the IANA registry makes it "standard"/),
    );
  });

  it('require a page for every registered code, but only when every file is checked', () => {
    const registry = [
      ...REGISTRY,
      { code: 418, name: '(Unused)', annotation: 'Unused', document: 'RFC 9110', section: '15.5.19' },
    ];
    expect(problems(file(409), { registry })).toEqual([
      'content/codes/418.mdx: is missing: 418 (Unused) is in the IANA registry (npm run new-code -- 418)',
    ]);
    expect(problems(file(409), { registry, complete: false })).toEqual([]);
  });

  it('refuse the scaffold marker anywhere, the body included', () => {
    expect(unfinishedFields({ a: 'ok', b: ['x', 'TODO: y'], c: { d: 'TODO: z' }, e: new Date(), f: 3 })).toEqual([
      'b.1',
      'c.d',
    ]);
    expect(problems(file(409, (fm) => (fm['tip'] = 'TODO: one tip'), 'TODO: explain\n'))).toEqual([
      'content/codes/409.mdx: field "tip": still holds the scaffold\'s TODO: write it',
      'content/codes/409.mdx: field "body": still holds the scaffold\'s TODO: write the explanation',
    ]);
  });

  it('refuse a paragraph that another page already says word for word', () => {
    const copy = 'This sentence is long enough to count as a paragraph that a reader would notice twice.';
    const files = [file(409, (fm) => (fm['tip'] = copy)), file(412, (fm) => (fm['example'] = copy)), file(422)];
    expect(codeRuleProblems(files, context()).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/codes\/412\.mdx: field "example": repeats content\/codes\/409\.mdx word for word/,
      ),
    ]);
  });

  it('require a curl example', () => {
    const noCurl = file(409, (fm) => (fm['examples'] = [{ title: 'fetch', lang: 'javascript', code: 'fetch("/")' }]));
    expect(problems(noCurl)).toEqual([
      'content/codes/409.mdx: field "examples": needs a curl example (lang: bash) that shows the status line',
    ]);
  });

  it.each([
    ['raw HTML', '<div onclick="x()">Hi</div>\n', 'holds the element <div>'],
    ['a script', '<script>alert(1)</script>\n', 'holds the element <script>'],
    ['an import', "import X from './x.astro';\n\nText.\n", 'holds an import or export'],
    ['an expression', 'Costs {1 + 1} dollars.\n', 'holds a {…} expression'],
    ['a heading', '## Heading\n\nText.\n', 'holds a heading'],
  ])('keep the MDX body to Markdown prose: %s is refused', (_, body, message) => {
    expect(problems(file(409, () => {}, body))).toEqual([expect.stringContaining(`field "body": ${message}`)]);
  });

  it('refuse an MDX body that does not parse, and one too long to be an explanation', () => {
    expect(problems(file(409, () => {}, '<div>\n'))).toEqual([expect.stringMatching(/field "body": is not valid MDX/)]);
    expect(problems(file(409, () => {}, `${'word '.repeat(900)}\n`))).toEqual([
      expect.stringMatching(/field "body": is 4501 characters: keep it under 4000/),
    ]);
  });
});
