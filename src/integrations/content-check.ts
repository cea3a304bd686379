/**
 * Checks every content file before `astro build` renders anything (src/lib/content/check.ts): the
 * schema with its friendly messages, the cross-file rules and the files themselves. A build with
 * any problem fails, listing all of them, exactly as `npm run check-content` prints them. The dev
 * server only warns, so a page being written can still be previewed.
 */
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { ContentError, formatProblem } from '../lib/content/problems.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const { problems, checked } = await checkContent({ root: config.root });
        if (problems.length === 0) logger.info(`${checked} content files checked.`);
        else if (command === 'build') throw new ContentError(problems);
        else for (const problem of problems) logger.warn(formatProblem(problem));
      },
    },
  };
}
