import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import contentCheck from '../../../src/integrations/content-check.ts';
import { ContentError } from '../../../src/lib/content/problems.ts';
import { contentProject, type ContentProject } from '../../fixtures/content-project.ts';

let project: ContentProject;
beforeEach(async () => {
  project = await contentProject();
});
afterEach(() => project.remove());

const logger = { info: vi.fn(), warn: vi.fn() };

/** Runs the integration's setup hook as `astro <command>` would. */
function setup(command: 'build' | 'dev') {
  const hook = contentCheck().hooks['astro:config:setup'];
  if (!hook) throw new Error('the integration has no astro:config:setup hook');
  return hook({
    config: { root: project.root },
    command,
    logger: logger as unknown as AstroIntegrationLogger,
  } as never);
}

describe('content-check integration', () => {
  it('lets a build with valid content go on, saying how many files it checked', async () => {
    await setup('build');
    expect(logger.info).toHaveBeenCalledWith('8 content files checked.');
  });

  it('fails a build, listing every problem as check-content does', async () => {
    await project.change(409, (fm) => delete fm['causes']);
    await expect(setup('build')).rejects.toThrow(ContentError);
    await expect(setup('build')).rejects.toThrow(
      'content/codes/409.mdx: field "causes": required field is missing: add it (array)',
    );
  });

  it('only warns in the dev server, so a page being written can be previewed', async () => {
    await project.change(409, (fm) => delete fm['causes']);
    await setup('dev');
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('409.mdx: field "causes"'));
  });
});
