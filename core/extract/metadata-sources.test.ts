import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import { dayInUrl } from './day-of.ts';
import { jsonLdNodes, articleNode } from './json-ld.ts';
import { pageData } from './test-support/page-data.ts';

describe('metadata sources', () => {
  it('reads JSON-LD wrapped in CDATA or an HTML comment', () => {
    const body = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Tide tables revised' });
    for (const block of [`\n  <![CDATA[\n  ${body}\n  ]]>\n`, `<!-- ${body} -->`, `//<![CDATA[\n${body}\n//]]>`]) {
      expect(articleNode(jsonLdNodes([block]))?.node['headline']).toBe('Tide tables revised');
    }
  });

  it('takes an explicit publication date before JSON-LD dateCreated', () => {
    const m = readMetadata(
      pageData({
        jsonLd: [JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry timetable', dateCreated: '2024-05-09T10:00:00Z' })],
        meta: [{ key: 'datepublished', value: '2024-05-08T14:15+0000' }],
      }),
      null,
    );
    expect(m.published?.value).toBe('2024-05-08');
  });

  it('reads article:published, pdate and article:publicationdate', () => {
    for (const key of ['article:published', 'pdate', 'article:publicationdate']) {
      const m = readMetadata(pageData({ meta: [{ key, value: key === 'pdate' ? '20160729' : '2016-07-29T16:42:34-04:00' }] }), null);
      expect(m.published?.value, key).toBe('2016-07-29');
    }
  });

  it('reads a compact day at the end of a URL slug, never from the host or the query', () => {
    expect(dayInUrl('https://example.org/hidden-heroines-of-chaos-20190520/')).toBe('2019-05-20');
    expect(dayInUrl('https://example.org/story-20191332/')).toBeNull();
    expect(dayInUrl('https://example.org/a?id=20190520')).toBeNull();
    expect(dayInUrl('https://example.org/2018/10/31/harbour')).toBe('2018-10-31');
  });
});
