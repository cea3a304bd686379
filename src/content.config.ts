import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { classSchema, codeSchema } from './lib/content/schema.ts';

// The schemas live in src/lib/content/schema.ts. Before a build renders anything, the
// content-check integration runs them with friendlier messages and every cross-file rule
// (src/lib/content/check.ts), the same check `npm run check-content` runs.
// Astro keeps parsed entries between builds and drops them only when this file changes, not when
// schema.ts does: bump the revision after a schema change. Schema revision: 2 (code scenarios).

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

export const collections = { codes, classes };
