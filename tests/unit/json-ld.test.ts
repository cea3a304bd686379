import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/lib/schema.ts';
import { classOf } from '../../src/lib/classes.ts';
import {
  breadcrumbs,
  classPageJsonLd,
  codePageJsonLd,
  homePageJsonLd,
  serializeJsonLd,
  type JsonLdNode,
} from '../../src/lib/json-ld.ts';
import { validFrontmatter } from '../fixtures/code-data.ts';

const SITE = { url: 'https://example.org', base: '/docs/' };
const data = codeSchema.parse({
  ...validFrontmatter(409),
  faq: [
    {
      question: 'Is `a < b` safe?',
      answer: 'Use `If-Match` with **care** & see [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110).',
    },
    { question: 'Q2?', answer: 'A2.' },
    { question: 'Q3?', answer: 'A3.' },
  ],
});

const byType = (nodes: JsonLdNode[], type: string) => nodes.find((node) => node['@type'] === type);

describe('JSON-LD', () => {
  it('describes a code page as a TechArticle with its headline, summary, date and image', () => {
    expect(byType(codePageJsonLd(SITE, data), 'TechArticle')).toEqual({
      '@type': 'TechArticle',
      headline: '409 Conflict',
      description: data.summary,
      url: 'https://example.org/docs/409/',
      mainEntityOfPage: 'https://example.org/docs/409/',
      image: 'https://example.org/docs/og/409.png',
      dateModified: '2026-11-25',
      inLanguage: 'en',
      isPartOf: { '@id': 'https://example.org/docs/#website' },
    });
  });

  it('places a code page under its class and the home page', () => {
    const list = byType(codePageJsonLd(SITE, data), 'BreadcrumbList');
    expect(list?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'HTTP status codes', item: 'https://example.org/docs/' },
      { '@type': 'ListItem', position: 2, name: '4xx Client Error', item: 'https://example.org/docs/4xx/' },
      { '@type': 'ListItem', position: 3, name: '409 Conflict', item: 'https://example.org/docs/409/' },
    ]);
    expect(classPageJsonLd(SITE, classOf(409))).toEqual([
      { '@type': 'BreadcrumbList', itemListElement: (list?.['itemListElement'] as unknown[]).slice(0, 2) },
    ]);
    expect(breadcrumbs(SITE, classOf(200)).map((c) => c.name)).toEqual(['HTTP status codes', '2xx Successful']);
  });

  it('turns the FAQ into questions and plain-text answers, in order', () => {
    const faq = byType(codePageJsonLd(SITE, data), 'FAQPage');
    expect(faq?.['mainEntity']).toEqual([
      {
        '@type': 'Question',
        name: 'Is `a < b` safe?',
        acceptedAnswer: { '@type': 'Answer', text: 'Use If-Match with care & see RFC 9110.' },
      },
      { '@type': 'Question', name: 'Q2?', acceptedAnswer: { '@type': 'Answer', text: 'A2.' } },
      { '@type': 'Question', name: 'Q3?', acceptedAnswer: { '@type': 'Answer', text: 'A3.' } },
    ]);
  });

  it('describes the home page as the WebSite', () => {
    expect(homePageJsonLd(SITE)).toEqual([
      expect.objectContaining({
        '@type': 'WebSite',
        '@id': 'https://example.org/docs/#website',
        url: 'https://example.org/docs/',
      }),
    ]);
  });

  it('serializes with < > & escaped, so the data cannot end its <script> element', () => {
    const nodes = [{ '@type': 'Thing', name: '</script><!-- & -->' }];
    const text = serializeJsonLd(nodes);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
  });
});
