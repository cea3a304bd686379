/**
 * The content model of a status-code page: the typed contract between `content/codes/NNN.mdx`
 * frontmatter and everything derived from it (pages, JSON data, JSON-LD, search metadata).
 * Strict objects everywhere, so a typo in a key is an error instead of silently ignored data.
 */
import { z } from 'astro/zod';
import { inlineMarkdownProblems, type InlineRules } from './markdown.ts';
import { pathProblem } from '../live/endpoints.ts';
import { METHODS } from '../live/httpbin.ts';

/** Longest prose field an author may write; longer text belongs in the MDX body, or nowhere. */
export const MAX_TEXT = 1000;

/**
 * Text that may use inline Markdown (`code`, **bold**, _emphasis_, [links](https://...)), checked
 * by ./markdown.ts: raw HTML, other link schemes and block structure are errors.
 */
export const inlineText = (what: string, rules?: InlineRules) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty: write at least one sentence`)
    .max(MAX_TEXT, `${what} is longer than ${MAX_TEXT} characters: say it in fewer words`)
    .superRefine((text, ctx) => {
      for (const problem of inlineMarkdownProblems(text, rules))
        ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });

/** A short label such as a name or a title. */
export const label = (what: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} is longer than ${max} characters: shorten it`);

/** One sentence that is the page's lede and its meta description. */
export const summarySchema = z
  .string()
  .trim()
  .min(40, 'summary is too short: write one full sentence (40 to 160 characters)')
  .max(160, 'summary is longer than 160 characters: shorten it so it fits a meta description');

/**
 * Messages for problems the schema's own messages do not cover, passed per parse (as Starlight's
 * utils/error-map.ts does), never through a global zod hook: a missing field and an unknown key
 * read as the fix. Returning undefined leaves zod's message.
 */
export const friendlyErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `required field is missing: add it (${issue.expected}); src/lib/content/schema.ts describes every field`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length === 1 ? 'it' : 'them'} or fix the spelling; src/lib/content/schema.ts lists every field`;
  return undefined;
};

export const STATUSES = ['standard', 'temporary', 'unused', 'obsolete', 'unofficial'] as const;

/** Languages a code example may be written in: the Shiki grammars the site loads. */
export const EXAMPLE_LANGUAGES = [
  'bash',
  'http',
  'javascript',
  'typescript',
  'python',
  'go',
  'nginx',
  'apache',
  'php',
  'java',
  'csharp',
  'ruby',
  'rust',
  'json',
  'yaml',
  'ini',
  'text',
] as const;

const specSchema = z
  .strictObject({
    document: z
      .string()
      .regex(
        /^(RFC \d{3,5}|draft-[a-z0-9-]+)$/,
        'spec.document must be an RFC such as "RFC 9110" or an Internet-Draft name such as "draft-ietf-httpbis-resumable-upload-05"',
      )
      .describe('Defining document, e.g. "RFC 9110"'),
    section: z
      .string()
      .regex(/^\d+(\.\d+)*$/, 'spec.section must be a section number such as "15.5.10"')
      .optional()
      .describe('Section number inside the document, when the code has one'),
    url: z
      .url({ error: 'spec.url must be an absolute https URL to the section (rfc-editor.org)' })
      .startsWith('https://', 'spec.url must use https')
      .describe('Link to the section, e.g. https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10'),
  })
  .describe('Where the code is defined');

const vendorSchema = z
  .strictObject({
    name: label('vendor.name', 60).describe('Who emits the code, e.g. "nginx" or "Cloudflare"'),
    product: label('vendor.product').describe('Product and version where it appears, e.g. "nginx (all versions)"'),
  })
  .describe('For unofficial codes: who emits it');

const meaningSchema = z.strictObject({
  name: label('otherMeanings[].name', 80).describe('The name this vendor gives the number'),
  vendor: vendorSchema,
  description: inlineText('otherMeanings[].description'),
});

/** Who runs a code example: the code page groups its examples by side. */
export const EXAMPLE_SIDES = ['client', 'server'] as const;

/** Runnable snippets, each in a language the site highlights. */
export const exampleList = z
  .array(
    z.strictObject({
      title: label('examples[].title', 120),
      lang: z.enum(EXAMPLE_LANGUAGES, {
        error: `examples[].lang must be one of: ${EXAMPLE_LANGUAGES.join(', ')}`,
      }),
      code: z
        .string()
        .trim()
        .min(1, 'examples[].code must not be empty')
        .max(3000, 'examples[].code is longer than 3000 characters: show the part that matters'),
      side: z
        .enum(EXAMPLE_SIDES, { error: `examples[].side must be one of: ${EXAMPLE_SIDES.join(', ')}` })
        .optional()
        .describe(
          'Whose code it is: "client" (makes the request) or "server" (sends the code). Leave it out when src/lib/code-tabs/side.ts guesses right',
        ),
    }),
  )
  .min(1, 'examples needs at least one runnable snippet (curl, fetch or requests)')
  .describe('Runnable snippets: curl, and fetch or requests, plus server code where it helps');

/** Questions and answers: the visible FAQ and the FAQPage JSON-LD. */
export const faqList = z
  .array(
    z.strictObject({
      question: label('faq[].question'),
      answer: inlineText('faq[].answer'),
    }),
  )
  .min(3, 'faq needs at least 3 questions and answers: the FAQ must not be empty')
  .describe('Questions people really ask, answered in two to four sentences; also the FAQPage JSON-LD');

/** The primary documents a page rests on, each with an https link. */
export const sourceList = z
  .array(
    z.strictObject({
      title: label('sources[].title').describe('The document, its section and, for software, the version'),
      url: z
        .url({ error: 'sources[].url must be an absolute https URL' })
        .startsWith('https://', 'sources[].url must use https'),
    }),
  )
  .default([])
  .describe(
    'Primary documents the page rests on besides the defining spec: RFC sections, vendor documentation or source files (with versions)',
  );

/** What a scenario demonstrates, checked against a real httpbin by tests/site/scenarios.test.ts. */
const scenarioExpectation = z
  .strictObject({
    status: z
      .int('scenarios[].expect.status must be a status code number')
      .min(200, 'scenarios[].expect.status must be a final status, 200 to 599: fetch() never shows a 1xx')
      .max(599, 'scenarios[].expect.status must be a final status, 200 to 599')
      .optional()
      .describe('The status fetch() reports in the end'),
    failure: z
      .enum(['redirect-loop'], { error: 'scenarios[].expect.failure must be "redirect-loop"' })
      .optional()
      .describe('Instead of a status: fetch() rejects, here because the redirects never end'),
    method: z
      .enum(METHODS, { error: `scenarios[].expect.method must be one of: ${METHODS.join(', ')}` })
      .optional()
      .describe("The method httpbin's echo (/anything) says it received, after any redirect"),
    data: z
      .string()
      .optional()
      .describe('The request body httpbin\'s echo (/anything) says it received: "" when a redirect dropped it'),
    emptyBody: z
      .literal(true, { error: 'scenarios[].expect.emptyBody can only be true: leave it out otherwise' })
      .optional()
      .describe('The answer has no content: response.text() is empty'),
    finalPath: z
      .string()
      .startsWith('/', 'scenarios[].expect.finalPath must be a path such as /anything')
      .optional()
      .describe('Where a followed redirect ends, as a path on the server'),
    bodyIncludes: label('scenarios[].expect.bodyIncludes').optional().describe('Text the body must contain'),
    header: z
      .strictObject({
        name: label('scenarios[].expect.header.name', 80),
        value: label('scenarios[].expect.header.value'),
      })
      .optional()
      .describe('A response header script can read, with its value'),
  })
  .refine((e) => (e.status === undefined) !== (e.failure === undefined), {
    message: 'scenarios[].expect needs exactly one of status (the answer) or failure (fetch() rejects)',
  });

/**
 * Requests that show a code's mechanics with httpbin's real endpoints (./../live/endpoints.ts).
 * The page's first scenario, "send /status/NNN", is derived from the code and never typed here.
 */
export const scenarioList = z
  .array(
    z
      .strictObject({
        title: label('scenarios[].title', 80).describe('What the reader does, e.g. "POST through a 307"'),
        shows: inlineText('scenarios[].shows').describe('What the scenario demonstrates, one or two sentences'),
        method: z.enum(METHODS, { error: `scenarios[].method must be one of: ${METHODS.join(', ')}` }).default('GET'),
        path: z
          .string()
          .trim()
          .superRefine((path, ctx) => {
            const problem = pathProblem(path);
            if (problem) ctx.addIssue({ code: 'custom', message: `scenarios[].path ${problem}` });
          })
          .describe('The httpbin path and query, e.g. "/etag/abc" or "/redirect-to?url=/anything&status_code=307"'),
        headers: z
          .array(
            z.strictObject({
              name: z.string().regex(/^[A-Za-z0-9-]+$/, 'scenarios[].headers[].name must be a header field name'),
              value: z.string().trim().min(1, 'scenarios[].headers[].value must not be empty').max(200),
            }),
          )
          .default([])
          .describe('Request header fields the scenario sends'),
        body: z.string().max(500, 'scenarios[].body is longer than 500 characters').optional().describe('Request body'),
        follow: z.boolean().default(true).describe('Whether fetch() follows a redirect (false sends redirect: manual)'),
        expect: scenarioExpectation,
        notice: inlineText('scenarios[].notice').describe('One sentence: what to notice in the answer'),
      })
      .refine((s) => s.body === undefined || s.method !== 'GET', {
        message: 'scenarios[].body cannot go with GET: fetch() refuses a GET with a body; use POST, PUT or PATCH',
        path: ['body'],
      }),
  )
  .max(4, 'scenarios holds at most 4 entries: keep the ones that show the mechanics best')
  .default([])
  .describe('Requests that show the code at work with httpbin, each tested against a real httpbin');

/** Steps for the caller and for the site owner. */
export const fixesSchema = z
  .strictObject({
    client: z.array(inlineText('fixes.client[]')).min(1, 'fixes.client needs at least one step for the caller'),
    server: z.array(inlineText('fixes.server[]')).min(1, 'fixes.server needs at least one step for the site owner'),
  })
  .describe('How to fix it: steps for the caller (client) and for the site owner (server)');

export const codeSchema = z
  .strictObject({
    code: z
      .int('code must be a whole number such as 409')
      .min(100, 'code must be between 100 and 599: HTTP status codes are three digits, 1xx to 5xx')
      .max(599, 'code must be between 100 and 599: HTTP status codes are three digits, 1xx to 5xx')
      .describe('The three-digit status code; must equal the file name'),
    name: label('name', 80).describe('The current reason phrase in the IANA registry, e.g. "Conflict"'),
    formerNames: z
      .array(label('formerNames[]', 80))
      .default([])
      .describe('Names used by older RFCs or libraries, e.g. "Payload Too Large"'),
    searchTerms: z
      .array(
        z
          .string()
          .trim()
          .min(3, 'searchTerms[] entries must be a word or short phrase of at least 3 characters')
          .max(60, 'searchTerms[] entries must be short phrases (at most 60 characters), not sentences'),
      )
      .max(12, 'searchTerms holds at most 12 phrases: keep the ones people really type for this code')
      .default([])
      .describe(
        'Phrases people type when they meet this code that its name does not contain, e.g. "rate limit" and "throttling" for 429; only the search index reads them',
      ),
    status: z
      .enum(STATUSES, { error: `status must be one of: ${STATUSES.join(', ')}` })
      .describe('Registration status'),
    summary: summarySchema.describe('One sentence; also the meta description'),
    spec: specSchema.optional(),
    vendor: vendorSchema.optional(),
    otherMeanings: z.array(meaningSchema).default([]).describe('Other meanings vendors give the same number'),
    expires: z.coerce.date().optional().describe('For temporary registrations: the stated expiry date'),
    causes: z
      .array(inlineText('causes[]'))
      .min(3, 'causes needs at least 3 entries: list the usual reasons a client gets this code')
      .describe('The usual reasons a client gets this code, each a concrete situation'),
    fixes: fixesSchema,
    examples: exampleList,
    example: inlineText('example').describe('A concrete scenario where the code appears'),
    tip: inlineText('tip').describe('One developer tip'),
    related: z
      .array(
        z.strictObject({
          code: z.int('related[].code must be a status code number'),
          note: inlineText('related[].note', { links: false }).describe('One line on how it differs'),
        }),
      )
      .min(2, 'related needs at least 2 codes, each with a note on how it differs')
      .describe('Codes people confuse with this one, each with how it differs'),
    faq: faqList,
    headers: z
      .array(
        z.strictObject({
          name: z.string().regex(/^[A-Za-z0-9-]+$/, 'headers[].name must be a header field name'),
          note: inlineText('headers[].note'),
        }),
      )
      .default([])
      .describe('Header fields that matter for this code'),
    retry: inlineText('retry').describe('Whether and how a client should retry'),
    browser: inlineText('browser').describe('What browsers and fetch() do with the response'),
    sources: sourceList,
    scenarios: scenarioList,
    lastUpdated: z.coerce.date('lastUpdated must be a date such as 2026-11-25'),
  })
  .superRefine((data, ctx) => {
    if (data.status === 'unofficial') {
      if (!data.vendor)
        ctx.addIssue({
          code: 'custom',
          path: ['vendor'],
          message: 'unofficial codes need vendor: { name, product } naming who emits the code',
        });
      if (data.spec)
        ctx.addIssue({
          code: 'custom',
          path: ['spec'],
          message: 'unofficial codes have no defining RFC: remove spec or change status',
        });
    } else if (!data.spec) {
      ctx.addIssue({
        code: 'custom',
        path: ['spec'],
        message: 'registered codes need spec: { document, section, url } citing the defining RFC',
      });
    }
    if (data.status === 'temporary' && !data.expires)
      ctx.addIssue({
        code: 'custom',
        path: ['expires'],
        message: 'temporary registrations need expires: the expiry date the registry states',
      });
    const names = new Set([data.name, ...data.formerNames].map((n) => n.toLowerCase()));
    data.searchTerms.forEach((term, i) => {
      if (names.has(term.toLowerCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['searchTerms', i],
          message: `searchTerms[${i}] "${term}" repeats the name or a former name, which the search already matches: remove it`,
        });
    });
  });

export type CodeData = z.output<typeof codeSchema>;
export type CodeStatus = (typeof STATUSES)[number];
export type ExampleLanguage = (typeof EXAMPLE_LANGUAGES)[number];

/** content/classes/4xx.mdx: the explanation of a class. Its facts live in ./classes.ts. */
export const classSchema = z.strictObject({
  lastUpdated: z.coerce.date('lastUpdated must be a date such as 2026-11-25'),
});
