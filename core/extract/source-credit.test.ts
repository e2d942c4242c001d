import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata.ts';
import { editorsIn, sourceCredits, withoutEditors } from './source-credit.ts';
import { pageData } from './test-support/page-data.ts';

const ld = (author: unknown) => JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour works approved', author });

describe('source credits', () => {
  it('reads a labelled source credit as an organisation, in several languages', () => {
    expect(sourceCredits(['来源： 人民日报海外版'], '中国青年网')).toEqual([{ literal: '人民日报海外版' }]);
    expect(sourceCredits(['来源：新华网 2019-01-02 08:00'], null)).toEqual([{ literal: '新华网' }]);
    expect(sourceCredits(['Fonte: Agência Brasil'], 'Folha de S.Paulo')).toEqual([{ literal: 'Agência Brasil' }]);
    expect(sourceCredits(['Quelle: dpa | 12:04'], null)).toEqual([{ literal: 'dpa' }]);
  });

  it('reads an unlabelled credit only when it is an agency’s name', () => {
    expect(sourceCredits(['UOL'], 'Folha de S.Paulo')).toEqual([{ literal: 'UOL' }]);
    expect(sourceCredits(['Reuters'], null)).toEqual([{ literal: 'Reuters' }]);
    expect(sourceCredits(['Jane Roe'], null)).toEqual([]);
    expect(sourceCredits(['Read the full story'], null)).toEqual([]);
  });

  it('never credits the site itself, and credits none when the credits disagree', () => {
    expect(sourceCredits(['来源：中国青年网'], '中国青年网')).toEqual([]);
    expect(sourceCredits(['Source: The Daily Planet'], 'Daily Planet')).toEqual([]);
    expect(sourceCredits(['AFP', 'Reuters'], null)).toEqual([]);
    expect(sourceCredits(['AFP', 'AFP'], null)).toEqual([{ literal: 'AFP' }]);
  });
});

describe('editors are not authors', () => {
  it('finds the editors a page names, in Chinese and English', () => {
    expect(editorsIn('发稿时间：2017-03-10 责任编辑：崔宁宁 分享')).toEqual(['崔宁宁']);
    expect(editorsIn('Reporting by Jane Roe; Editing by John Smith and Ann Lee')).toEqual(['johnsmith']);
    expect(editorsIn('The editors said nothing.')).toEqual([]);
  });

  it('drops a meta author that the page shows as its editor', () => {
    expect(withoutEditors([{ literal: '青网校园崔宁宁' }, { literal: '新华社' }], ['崔宁宁'])).toEqual([{ literal: '新华社' }]);
    const page = pageData({ meta: [{ key: 'author', value: 'John Smith' }], visibleText: 'Harbour works approved. Reporting by Jane Roe; Editing by John Smith' });
    expect(readMetadata(page, null).authors.value).toEqual([]);
    const zh = pageData({ meta: [{ key: 'author', value: '崔宁宁' }], visibleText: '海外留学生看两会 来源：人民日报海外版 责任编辑：崔宁宁', credits: ['来源：人民日报海外版'] });
    expect(readMetadata(zh, null).authors.value).toEqual([{ literal: '人民日报海外版' }]);
  });
});

describe('a visible credit against names only machines read', () => {
  it('prefers the visible agency credit to a JSON-LD person the page never shows', () => {
    const page = pageData({ jsonLd: [ld({ '@type': 'Person', name: 'Bruno Rodrigues' })], credits: ['UOL'], visibleText: 'Tite diz que errou. UOL' });
    expect(readMetadata(page, null).authors.value).toEqual([{ literal: 'UOL' }]);
  });

  it('keeps a machine-read author the page shows, whatever the credits say', () => {
    const page = pageData({ jsonLd: [ld({ '@type': 'Person', name: 'Bruno Rodrigues' })], credits: ['UOL'], visibleText: 'Por Bruno Rodrigues. Tite diz que errou. UOL' });
    expect(readMetadata(page, null).authors.value).toEqual([{ given: 'Bruno', family: 'Rodrigues' }]);
    const zh = pageData({ meta: [{ key: 'author', value: '王小明' }], credits: ['来源：新华网'], visibleText: '记者 王小明 来源：新华网' });
    expect(readMetadata(zh, null).authors.value).toEqual([{ literal: '王小明' }]);
  });

  it('gives the credit when no layer names an author, in Chinese and English', () => {
    expect(readMetadata(pageData({ credits: ['来源：人民日报海外版'], visibleText: '来源：人民日报海外版' }), null).authors.value).toEqual([{ literal: '人民日报海外版' }]);
    expect(readMetadata(pageData({ credits: ['Source: Associated Press'], visibleText: 'Source: Associated Press' }), null).authors.value).toEqual([{ literal: 'Associated Press' }]);
  });

  it('gives no credit after a staff credit with no name', () => {
    expect(readMetadata(pageData({ bylines: ['Our Foreign Staff'], credits: ['AFP'], visibleText: 'Our Foreign Staff AFP' }), null).authors.value).toEqual([]);
  });
});
