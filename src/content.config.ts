import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { classSchema, codeSchema } from './lib/content/schema.ts';
import { errorSchema } from './lib/errors/schema.ts';

// The schemas live in src/lib/content/schema.ts. Before a build renders anything, the
// content-check integration runs them with friendlier messages and every cross-file rule
// (src/lib/content/check.ts), the same check `npm run check-content` runs.

/** One entry per status code: content/codes/NNN.mdx. */
const codes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/codes' }),
  schema: codeSchema,
});

/** The explanation of each class: content/classes/4xx.mdx. Its facts live in src/lib/content/classes.ts. */
const classes = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/classes' }),
  schema: classSchema,
});

/** One entry per error that is not a status code: content/errors/<slug>.mdx (src/lib/errors/schema.ts). */
const errors = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/errors' }),
  schema: errorSchema,
});

export const collections = { codes, classes, errors };
