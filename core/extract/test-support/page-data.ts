// A PageData for tests of the pure engine, with the parts a test does not care about left empty.
import type { PageData } from '../types.ts';

const BODY = 'The council approved the harbour works on Tuesday after a long debate about costs, tides and the fishing fleet. ';

export function pageData(over: Partial<PageData> = {}, paragraphs: string[] = [BODY.repeat(3), BODY.repeat(2)]): PageData {
  return {
    url: null,
    htmlLang: null,
    documentTitle: 'Harbour works approved',
    meta: [],
    jsonLd: [],
    links: [],
    times: [],
    bylines: [],
    datelines: [],
    article: { title: 'Harbour works approved', byline: null, siteName: null, excerpt: null, publishedTime: null, lang: null, blocks: paragraphs.map((text) => ({ text: text.trim(), kind: 'paragraph' })) },
    signals: { htmlLength: 5000, rootName: 'html', bodyTextLength: 2000, passwordFields: 0, mediaElements: 0, searchForms: 0, linkTextLength: 0, probablyReaderable: true },
    ...over,
  };
}
