import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { codeSchema } from './lib/schema.ts';

/** One entry per status code: content/codes/NNN.mdx. Cross-file checks run in src/data/codes.ts. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/codes' }),
  schema: codeSchema,
});

/** The explanation of each class: content/classes/4xx.mdx. Facts live in src/lib/classes.ts. */
const classes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/classes' }),
  schema: z.strictObject({
    lastUpdated: z.coerce.date('lastUpdated must be a date such as 2026-11-25'),
  }),
});

export const collections = { codes, classes };
