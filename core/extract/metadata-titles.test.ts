import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import type { PageData } from './types.ts';

const page = (over: Partial<PageData>): PageData => ({
  url: 'https://paper.example/a', htmlLang: 'en', documentTitle: null, meta: [], jsonLd: [], links: [], times: [], bylines: [], datelines: [],
  article: null,
  signals: { htmlLength: 1000, rootName: 'html', bodyTextLength: 1000, passwordFields: 0, mediaElements: 0, searchForms: 0, linkTextLength: 0, probablyReaderable: true },
  ...over,
});

describe('titles, dates and authors from the layers of a page', () => {
  it('skips a social title that is the site’s own and takes the headline from <title>', () => {
    const m = readMetadata(page({ documentTitle: 'Harbour closed by storm', meta: [{ key: 'og:title', value: 'Planet News - Latest News & Headlines' }] }), null);
    expect(m.title?.value).toBe('Harbour closed by storm');
  });

  it('takes the head of a breadcrumb title, its site, and a day from the title', () => {
    const m = readMetadata(page({ documentTitle: '港口因风暴关闭一周_新闻频道_示例网' }), null);
    expect(m.title?.value).toBe('港口因风暴关闭一周');
    expect(m.siteName?.value).toBe('示例网');
    expect(readMetadata(page({ documentTitle: 'Cierra el puerto - 07.12.2017 - EL DIARIO' }), null).published?.value).toBe('2017-12-07');
  });

  it('gives no author when the article’s credit is a staff credit, whatever later bylines say', () => {
    const m = readMetadata(page({ documentTitle: 'Coup', bylines: ['Our Foreign Staff', 'Telegraph View', 'Jane Roe'] }), null);
    expect(m.authors.value).toEqual([]);
  });
});
