// The article's own byline wins over teasers' wherever it is in document order (issue 24: salon-1's was the 21st).
import { describe, expect, it } from 'vitest';
import { summarizePack } from '../core/extract/summary.ts';
import { extractHtmlInNode, parseWithJsdom } from '../scripts/extract/extract-node.ts';
import { readPage } from './read-page.ts';

const URL_ = 'https://news.example/harbour';
const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of a plain report on the harbour works, which the council approved after a long debate about costs and the tides.</p>`).join('');
const TEASER_NAMES = ['Ana Lima', 'Boris Klein', 'Chiara Conti', 'Dara Walsh', 'Emil Berg', 'Farah Haddad', 'Goran Petrovic'];
const teasers = (n: number, where: string) =>
  `<ul class="${where}">${Array.from({ length: n }, (_, i) =>
    `<li class="post"><a href="/t${i}">Teaser story ${i}</a><div class="story-info"><span class="byline">${TEASER_NAMES[i % TEASER_NAMES.length]}</span></div></li>`).join('')}</ul>`;
const page = (menu: string, own: string, sidebar: string) => `<!doctype html><html lang="en"><head><title>Harbour works approved</title></head>
<body><header><nav>${menu}</nav></header><div class="main"><div class="column"><div class="story"><h1>Harbour works approved</h1>
${own}<div class="text">${para(8)}</div></div></div><div class="rail">${sidebar}</div></div></body></html>`;

async function authorsOf(html: string) {
  const out = await extractHtmlInNode(html, { readDay: '2026-12-06', url: URL_ });
  if (!out.ok) throw new Error(out.reason);
  return summarizePack(out.pack).authors;
}

describe('bylines nearest the article', () => {
  it('credits the article\'s byline after 24 teaser bylines in a menu, not the first teaser\'s', async () => {
    const html = page(teasers(24, 'menu'), '<span class="byline"><a rel="author" href="/p/rj">Richard Eskow</a></span>', teasers(6, 'related'));
    expect(await authorsOf(html)).toEqual([{ given: 'Richard', family: 'Eskow' }]);
    const data = readPage(parseWithJsdom(html, URL_), URL_, html.length);
    expect(data.bylines[0]).toBe('Richard Eskow');
    expect(data.bylines).toHaveLength(20);
    expect(data.bylines.slice(0, data.bylinesNearArticle)).toEqual(['Richard Eskow']);
  });

  it('reads a labelled byline in another language the same way (German "Von")', async () => {
    const html = page(teasers(22, 'menu'), '<p class="article-byline">Von Jana Schäfer</p>', '');
    expect(await authorsOf(html)).toEqual([{ given: 'Jana', family: 'Schäfer' }]);
    const data = readPage(parseWithJsdom(html, URL_), URL_, html.length);
    expect(data.bylines.slice(0, data.bylinesNearArticle)).toEqual(['Von Jana Schäfer']);
  });

  it('credits a byline in the article\'s header when related stories with bylines follow the text', async () => {
    const html = page('', '<div class="byline">By Lena Ortiz</div>', teasers(3, 'related'));
    expect(await authorsOf(html)).toEqual([{ given: 'Lena', family: 'Ortiz' }]);
  });
});
