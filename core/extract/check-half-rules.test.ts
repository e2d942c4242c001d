// Rules from the failures of the gold's check half (session 15), each written for its general shape: bylines
// run into their dates, co-writers in parentheses, labelled author lines, dated source lines, a source named
// before the dateline, and headlines with a source in parentheses or in CJK script with a spaced Latin name.
import { describe, expect, it } from 'vitest';
import { authorsFromLabelledLine } from './author-line.ts';
import { authorsFromByline } from './authors.ts';
import { readMetadata } from './metadata.ts';
import { withoutSuffixes } from './site-name.ts';
import { sourceBeforeDateline, sourceCredits } from './source-credit.ts';
import { pageData } from './test-support/page-data.ts';
import type { PageBlock } from './types.ts';
import { visibleHeadline } from './visible-headline.ts';

const roe = { given: 'Jane', family: 'Roe' };
const doe = { given: 'John', family: 'Doe' };
const poe = { given: 'Ann', family: 'Poe' };
const blocks = (...texts: string[]): PageBlock[] => texts.map((text) => ({ text, kind: 'paragraph' as const }));
const BODY = 'The council approved the harbour works on Tuesday after a long debate about costs, tides and the fishing fleet.';

describe('bylines', () => {
  it('ends the name at the first digit, even one run into it (a date or a count set without a space)', () => {
    expect(authorsFromByline('by Jane Roe22 Dec 2016651', true)).toEqual([roe]);
    expect(authorsFromByline('Por Jane Roe, 3 horas atrás', true)).toEqual([roe]);
    expect(authorsFromByline('By Jane Roe and John Doe12.03.2019', true)).toEqual([roe, doe]);
  });

  it('leaves the month or weekday that opens the date out of the name (en, fr, cs)', () => {
    expect(authorsFromByline('Jane Roe March 9, 2017', true)).toEqual([roe]);
    expect(authorsFromByline('By JANE ROE Mar. 11, 2015 3:46 PM Daily Planet', true)).toEqual([roe]);
    expect(authorsFromByline('Par Jane Roe, le 4 mai 2015', true)).toEqual([roe]);
    expect(authorsFromByline('Jane Roe 12. března 2019', true)).toEqual([roe]);
    // A name that is a month's word stays when no date follows it.
    expect(authorsFromByline('By Jane April', true)).toEqual([{ given: 'Jane', family: 'April' }]);
  });

  it('reads co-writers set in parentheses as the "with" they are (en, fr, de, es)', () => {
    expect(authorsFromByline('Par Jane Roe (avec John Doe et Ann Poe)', true)).toEqual([roe, doe, poe]);
    expect(authorsFromByline('By Jane Roe (with John Doe)', true)).toEqual([roe, doe]);
    expect(authorsFromByline('Von Jane Roe (mit John Doe)', true)).toEqual([roe, doe]);
    expect(authorsFromByline('Por Jane Roe (con John Doe y Ann Poe)', true)).toEqual([roe, doe, poe]);
    // A nickname in parentheses is still no co-writer.
    expect(authorsFromByline('By Jane (J.R.) Roe', true)).toEqual([roe]);
  });
});

describe('a labelled author line in the text', () => {
  it('reads the writer from a short labelled line at the start or end of the text, in several scripts', () => {
    expect(authorsFromLabelledLine(blocks(BODY, '出品︱某某科学栏目组', '作者︱春春', '[责任编辑:王五]'))).toEqual([{ literal: '春春' }]);
    expect(authorsFromLabelledLine(blocks('文／张三', BODY))).toEqual([{ literal: '张三' }]);
    expect(authorsFromLabelledLine(blocks(BODY, 'Autor: Jane Roe'))).toEqual([roe]);
    expect(authorsFromLabelledLine(blocks('Texte : Jane Roe et John Doe', BODY))).toEqual([roe, doe]);
  });

  it('reads nothing from a long paragraph, an unlabelled line, or a line in the middle of a long text', () => {
    expect(authorsFromLabelledLine(blocks(BODY, `Author: Jane Roe, who ${BODY}`))).toEqual([]);
    expect(authorsFromLabelledLine(blocks(BODY, 'Jane Roe'))).toEqual([]);
    const long = Array.from({ length: 8 }, () => BODY);
    expect(authorsFromLabelledLine(blocks(...long, 'Autor: Jane Roe', ...long))).toEqual([]);
    expect(authorsFromLabelledLine(blocks(BODY, 'Text: the bill as passed'))).toEqual([]);
  });

  it('names the author when the meta author is the page’s editor and a source credit is shown too', () => {
    const page = pageData({
      meta: [{ key: 'author', value: '王五' }],
      credits: ['来源：某某新闻网'],
      visibleText: `${BODY} 作者︱春春 [责任编辑:王五]`,
      article: { title: 'Harbour works approved', byline: null, siteName: null, excerpt: null, publishedTime: null, lang: 'zh', blocks: blocks(BODY.repeat(3), '作者︱春春', '[责任编辑:王五]') },
    });
    expect(readMetadata(page, null).authors?.value).toEqual([{ literal: '春春' }]);
  });
});

describe('source lines', () => {
  it('takes the one dated credit, the article’s own source line, among teasers’ credits', () => {
    expect(sourceCredits(['Daily Planet Japan 3/9(木) 18:45配信', '現代ビジネス', 'ロイター', 'ITmedia NEWS'], 'Yahoo!ニュース')).toEqual([{ literal: 'Daily Planet Japan' }]);
    expect(sourceCredits(['AFP', 'Reuters'], null)).toEqual([]);
    expect(sourceCredits(['AFP 2019-03-09 18:45', 'Reuters 2019-03-08 10:00'], null)).toEqual([]);
  });

  it('reads a credit that holds an agency’s capitals beside other words as an organisation, not a person', () => {
    expect(sourceCredits(['BBC Mundo'], null)).toEqual([{ literal: 'BBC Mundo' }]);
    expect(sourceCredits(['CNET Japan'], null)).toEqual([{ literal: 'CNET Japan' }]);
    expect(sourceCredits(['Jane Roe'], null)).toEqual([]);
    expect(sourceCredits(['Jane ROE'], null)).toEqual([]);
  });

  it('reads the news organisation set right before the dateline, and nothing else standing there', () => {
    expect(sourceBeforeDateline('首页 > 科技 > 正文 标题在此 TNW中文站2016年10月14日07:17 我要分享', ['2016年10月14日07:17'])).toBe('TNW中文站');
    expect(sourceBeforeDateline('标题在此 新华网 2016-10-14 07:17', ['2016-10-14 07:17'])).toBe('新华网');
    expect(sourceBeforeDateline('标题在此 张三 2016年10月14日07:17', ['2016年10月14日07:17'])).toBeNull();
    expect(sourceBeforeDateline('Harbour works approved 2016-10-14 07:17', ['2016-10-14 07:17'])).toBeNull();
    expect(sourceBeforeDateline('标题在此 新华网 2016-10-14 07:17', [])).toBeNull();
  });

  it('makes that organisation the author only when no byline or credit names anyone, and never the site', () => {
    const page = (over: Parameters<typeof pageData>[0]) =>
      pageData({ datelines: ['2016年10月14日07:17'], visibleText: `标题在此 TNW中文站2016年10月14日07:17 ${BODY}`, ...over });
    expect(readMetadata(page({}), null).authors?.value).toEqual([{ literal: 'TNW中文站' }]);
    expect(readMetadata(page({ bylines: ['By Jane Roe'] }), null).authors?.value).toEqual([roe]);
    expect(readMetadata(page({ meta: [{ key: 'og:site_name', value: 'TNW中文站' }] }), null).authors?.value).toEqual([]);
  });
});

describe('headlines', () => {
  it('drops a source in parentheses that ends the title when it names the site or an author', () => {
    expect(withoutSuffixes('Harbour works approved （Daily Planet）', ['Daily Planet'])).toBe('Harbour works approved');
    expect(withoutSuffixes('Harbour works approved (AFP)', ['AFP'])).toBe('Harbour works approved');
    expect(withoutSuffixes('Harbour works approved (again)', ['AFP'])).toBe('Harbour works approved (again)');
  });

  it('compares a CJK headline with a spaced Latin name in it character by character', () => {
    const h = 'トレンドマイクロ、公衆無線LANを安全に使うためのアプリ「フリーWi-Fiプロテクション」';
    expect(visibleHeadline(`${h} （Daily Planet）`, [], [h])).toBe(h);
    expect(visibleHeadline('港口工程获批 Daily Planet', [], ['天气与气候新闻'])).toBeNull();
  });
});
