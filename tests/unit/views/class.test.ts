import { describe, expect, it } from 'vitest';
import { CLASSES } from '../../../src/lib/content/classes.ts';
import { codeSchema } from '../../../src/lib/content/schema.ts';
import { validFrontmatter } from '../../fixtures/content-project.ts';
import { withSite } from '../../support/site-env.ts';

const { codeView, classView } = await withSite(async () => ({
  ...(await import('../../../src/lib/views/code.ts')),
  ...(await import('../../../src/lib/views/class.ts')),
}));

const context = { names: new Map<number, string>(), httpbinServer: 'https://httpbin.org' };
const codes = [
  codeView({ data: codeSchema.parse(validFrontmatter(409)) }, context),
  codeView(
    {
      data: codeSchema.parse({
        ...validFrontmatter(409),
        code: 499,
        status: 'unofficial',
        spec: undefined,
        vendor: { name: 'nginx', product: 'nginx' },
      }),
    },
    context,
  ),
  codeView({ data: codeSchema.parse({ ...validFrontmatter(409), code: 500, name: 'Internal Server Error' }) }, context),
];
const clientErrors = classView(CLASSES[3]!, 'the 4xx prose', codes);

describe('the view of a class', () => {
  it('holds the class codes, registered apart from unofficial', () => {
    expect(clientErrors.registered.map((v) => v.code)).toEqual([409]);
    expect(clientErrors.unofficial.map((v) => v.code)).toEqual([499]);
    expect(clientErrors.entry).toBe('the 4xx prose');
  });

  it('links its RFC 9110 section and sits under the home page', () => {
    expect(clientErrors.spec).toEqual({
      title: 'RFC 9110, section 15.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5',
    });
    expect(clientErrors.path).toBe('/docs/4xx/');
    expect(clientErrors.jsonLd).toEqual([
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'HTTP status codes', item: 'https://example.org/docs/' },
          { '@type': 'ListItem', position: 2, name: '4xx Client Error', item: 'https://example.org/docs/4xx/' },
        ],
      },
    ]);
  });

  it('is indexed as a class, with no registration filter', () => {
    expect(clientErrors.searchAttributes).toMatchObject({
      'data-search-code': '4xx',
      'data-search-name': 'Client Error',
    });
    expect(clientErrors.searchAttributes['data-search-registration']).toBeUndefined();
    expect(clientErrors.image.path).toBe('/docs/og/4xx.png');
  });
});
