import { describe, expect, it } from 'vitest';
import { breadcrumbList, faqPage, serializeJsonLd, techArticle, webSite } from '../../../src/lib/seo/json-ld.ts';

describe('JSON-LD nodes', () => {
  it('describe an article with its headline, summary, date, image and site', () => {
    expect(
      techArticle({
        headline: '409 Conflict',
        description: 'The summary.',
        url: 'https://example.org/docs/409/',
        image: 'https://example.org/docs/og/409.png',
        dateModified: new Date('2026-11-25T12:00:00Z'),
        siteUrl: 'https://example.org/docs/',
      }),
    ).toEqual({
      '@type': 'TechArticle',
      headline: '409 Conflict',
      description: 'The summary.',
      url: 'https://example.org/docs/409/',
      mainEntityOfPage: 'https://example.org/docs/409/',
      image: 'https://example.org/docs/og/409.png',
      dateModified: '2026-11-25',
      inLanguage: 'en',
      isPartOf: { '@id': 'https://example.org/docs/#website' },
    });
  });

  it('number a breadcrumb trail from 1', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://example.org/' },
        { name: '4xx', url: 'https://example.org/4xx/' },
      ]),
    ).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: '4xx', item: 'https://example.org/4xx/' },
      ],
    });
  });

  it('turn the FAQ into questions with the plain text a reader sees as answers', () => {
    const faq = faqPage(
      [
        {
          question: 'Is `a < b` safe?',
          answer: 'Use `If-Match` with **care** & see [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110).',
        },
      ],
      'https://example.org/409/',
    );
    expect(faq['mainEntity']).toEqual([
      {
        '@type': 'Question',
        name: 'Is `a < b` safe?',
        acceptedAnswer: { '@type': 'Answer', text: 'Use If-Match with care & see RFC 9110.' },
      },
    ]);
  });

  it('identify the site so articles can point to it', () => {
    expect(webSite({ name: 'N', url: 'https://example.org/', description: 'D' })['@id']).toBe(
      'https://example.org/#website',
    );
  });

  it('serialize with < > & escaped, so the data cannot end its <script> element', () => {
    const nodes = [{ '@type': 'Thing', name: '</script><!-- & -->' }];
    const text = serializeJsonLd(nodes);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
  });
});
