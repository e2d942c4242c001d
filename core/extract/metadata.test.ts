import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import { pageData } from './test-support/page-data.ts';

const ld = (o: object) => JSON.stringify({ '@context': 'https://schema.org', ...o });

describe('metadata', () => {
  it('reads JSON-LD first: headline, people and organisations, days, publisher, language', () => {
    const m = readMetadata(
      pageData({
        jsonLd: [
          '{broken',
          ld({ '@graph': [{ '@type': 'WebSite', name: 'Example' }, { '@type': 'NewsArticle', headline: 'Harbour works approved', author: [{ '@type': 'Person', name: 'Jane Smith' }, { '@type': 'Organization', name: 'Reuters' }], datePublished: '2024-03-05T23:30:00-05:00', dateModified: '2024-03-07T10:00:00Z', publisher: { '@type': 'Organization', name: 'The Example Times' }, inLanguage: 'en-GB' }] }),
        ],
        meta: [{ key: 'og:title', value: 'Something else' }],
      }),
      null,
    );
    expect(m.title).toEqual({ value: 'Harbour works approved', from: 'json-ld' });
    expect(m.authors.value).toEqual([{ given: 'Jane', family: 'Smith' }, { literal: 'Reuters' }]);
    expect(m.published).toEqual({ value: '2024-03-05', from: 'json-ld' });
    expect(m.updated?.value).toBe('2024-03-07');
    expect(m.siteName?.value).toBe('The Example Times');
    expect(m.language?.value).toBe('en-GB');
    expect(m.type).toBe('article-newspaper');
  });

  it('falls back through citation_*, Open Graph, <time>, the URL and the visible byline', () => {
    const m = readMetadata(
      pageData({
        url: 'https://news.example.org/2019/04/28/harbour/',
        documentTitle: 'Harbour works approved | Example News',
        meta: [{ key: 'citation_author', value: 'Okafor, Chidi' }, { key: 'og:site_name', value: 'Example News' }, { key: 'og:locale', value: 'en_US' }],
        links: [{ rel: 'canonical', href: '/2019/04/28/harbour/', hreflang: null }],
      }),
      'The lead paragraph.',
    );
    expect(m.authors).toEqual({ value: [{ given: 'Chidi', family: 'Okafor' }], from: 'citation-meta' });
    expect(m.published).toEqual({ value: '2019-04-28', from: 'url' });
    expect(m.canonicalUrl?.value).toBe('https://news.example.org/2019/04/28/harbour/');
    expect(m.language?.value).toBe('en-US');
    expect(m.description).toEqual({ value: 'The lead paragraph.', from: 'readability' });
    const visible = readMetadata(pageData({ bylines: ['By Omar Haddad | Updated 5 March 2024'] }), null);
    expect(visible.authors).toEqual({ value: [{ given: 'Omar', family: 'Haddad' }], from: 'byline' });
  });

  it('takes no javascript: address and no author from boilerplate, and cuts the site from the title', () => {
    const m = readMetadata(
      pageData({
        links: [{ rel: 'canonical', href: 'javascript:alert(1)', hreflang: null }],
        meta: [{ key: 'author', value: 'By CNN Staff' }, { key: 'og:site_name', value: 'CNN' }, { key: 'og:title', value: 'Harbour works approved - CNN' }],
      }),
      null,
    );
    expect(m.canonicalUrl).toBeNull();
    expect(m.authors.value).toEqual([]);
    expect(m.title?.value).toBe('Harbour works approved');
  });
});
