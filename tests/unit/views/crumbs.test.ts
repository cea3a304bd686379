import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/lib/content/classes.ts';
import { withSite } from '../../support/site-env.ts';

const { crumbsTo } = await withSite(() => import('../../../src/lib/views/crumbs.ts'));

describe('breadcrumbs', () => {
  it('lead from the home page through the class to the page, with paths and absolute URLs', () => {
    expect(crumbsTo(CLASSES[1]!, { name: '204 No Content', path: '/docs/204/' })).toEqual([
      { name: 'HTTP status codes', path: '/docs/', url: 'https://example.org/docs/' },
      { name: '2xx Successful', path: '/docs/2xx/', url: 'https://example.org/docs/2xx/' },
      { name: '204 No Content', path: '/docs/204/', url: 'https://example.org/docs/204/' },
    ]);
    expect(crumbsTo(CLASSES[1]!)).toHaveLength(2);
  });
});
