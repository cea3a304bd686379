/**
 * The content model of an error page: `content/errors/<slug>.mdx`, one page for each error people
 * meet that is not a status code (status 0, `000`, `Failed to fetch`, `ERR_*`, curl 52, Cloudflare
 * 1xxx). It reuses the code pages' building blocks (fixes, examples, FAQ, sources) so both kinds of
 * page read, validate and publish the same way. The slug is the file name, never typed twice.
 */
import { z } from 'astro/zod';
import { exampleList, faqList, fixesSchema, inlineText, sourceList, summarySchema } from '../content/schema.ts';
import { pageTitle } from '../site/identity.ts';

/** html-validate's long-title rule allows 70 characters, and the page's <title> adds the site's suffix. */
export const MAX_TITLE = 70 - pageTitle('').length;

/** The layers an error can come from, from the reader's own code outwards. */
export const LAYERS = ['browser', 'client library', 'operating system', 'proxy or CDN', 'load balancer'] as const;
export type Layer = (typeof LAYERS)[number];

/** An error page's slug, its file name and URL segment: lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const errorSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(3, 'title must name the error, e.g. "TypeError: Failed to fetch"')
    .max(
      MAX_TITLE,
      `title is longer than ${MAX_TITLE} characters (the <title> adds the site's name): name the error, explain it in the summary`,
    )
    .describe('The heading: the error as people name it, e.g. "Status 0 in the browser"'),
  summary: summarySchema.describe('One sentence; also the meta description'),
  messages: z
    .array(
      z.strictObject({
        text: z
          .string()
          .trim()
          .min(1, 'messages[].text must be the exact text the program prints')
          .max(200, 'messages[].text is longer than 200 characters: quote the part that identifies the error'),
        emitter: z
          .string()
          .trim()
          .min(1, 'messages[].emitter must name who prints it, with the version checked, e.g. "curl 8.21.0"')
          .max(120, 'messages[].emitter is longer than 120 characters: name the program and version'),
      }),
    )
    .min(1, 'messages needs at least one exact wording: what the reader sees, and who prints it')
    .describe('The exact wordings people see, each with the program (and version) that prints it'),
  layer: z
    .enum(LAYERS, { error: `layer must be one of: ${LAYERS.join(', ')}` })
    .describe('The layer that produces the error'),
  layerNote: inlineText('layerNote').describe('Which layer produced it, and what that layer knew when it did'),
  httpStatus: z
    .int('httpStatus must be a status code number such as 429')
    .min(100, 'httpStatus must be a status code between 100 and 599')
    .max(599, 'httpStatus must be a status code between 100 and 599')
    .optional()
    .describe('The HTTP status the response arrives with (Cloudflare 1xxx errors); absent when no response arrived'),
  causes: z
    .array(
      z.strictObject({
        cause: inlineText('causes[].cause'),
        tell: inlineText('causes[].tell').describe('How to tell this cause apart from the others'),
      }),
    )
    .min(2, 'causes needs at least 2 entries, each with how to tell it apart from the others')
    .describe('The usual causes, each with the sign that tells it apart'),
  fixes: fixesSchema,
  examples: exampleList,
  statusCodes: z
    .array(
      z.strictObject({
        code: z.int('statusCodes[].code must be a status code number'),
        note: inlineText('statusCodes[].note', { links: false }).describe('How this code relates to the error'),
      }),
    )
    .min(1, 'statusCodes needs at least one status code involved, with how it relates to the error')
    .describe('The status codes involved, each linked to its page'),
  seeAlso: z
    .array(z.string().regex(SLUG, 'seeAlso[] entries must be error page slugs such as "failed-to-fetch"'))
    .default([])
    .describe('Other error pages people confuse with this one, by slug'),
  faq: faqList,
  sources: sourceList,
  searchTerms: z
    .array(
      z
        .string()
        .trim()
        .min(3, 'searchTerms[] entries must be a word or short phrase of at least 3 characters')
        .max(80, 'searchTerms[] entries must be short phrases (at most 80 characters), not sentences'),
    )
    .max(12, 'searchTerms holds at most 12 phrases: keep the ones people really type')
    .default([])
    .describe('Exact messages, log fragments and phrases people type when they meet this error'),
  lastUpdated: z.coerce.date('lastUpdated must be a date such as 2026-12-04'),
});

export type ErrorData = z.output<typeof errorSchema>;
