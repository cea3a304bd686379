import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { classSchema, codeSchema } from './lib/content/schema.ts';
import { comparisonSchema } from './lib/compare/schema.ts';
import { stepSchema } from './lib/choose/schema.ts';
import { errorSchema } from './lib/errors/schema.ts';

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

/** Codes side by side: content/compare/401-vs-403.mdx (src/lib/compare/schema.ts). */
const compare = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/compare' }),
  schema: comparisonSchema,
});

/** The decision guide's steps, keyed by id: content/choose.yaml (src/lib/choose/schema.ts). */
const choose = defineCollection({
  loader: file('./content/choose.yaml'),
  schema: stepSchema,
});

/** One entry per error that is not a status code: content/errors/<slug>.mdx (src/lib/errors/schema.ts). */
const errors = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/errors' }),
  schema: errorSchema,
});

export const collections = { codes, classes, compare, choose, errors };
