// Ranking byline elements by their nearness to the article's body, through a spec-compliant parser (jsdom).
import { describe, expect, it } from 'vitest';
import { parseWithJsdom } from '../scripts/extract/extract-node.ts';
import { articleBodyIn, nearestFirst, readabilityBylineNear } from './near-article.ts';

const text = (i: number) => `Sentence ${i} of the report on the harbour works, long enough to be found again in the page.`;
const doc = parseWithJsdom(`<!doctype html><html><body>
<ul class="menu"><li><span class="byline" id="t1">Ana Lima</span></li><li><span class="byline" id="t2">Jane Roe</span></li></ul>
<div class="story"><p class="byline" id="own">By Jane Roe, staff writer</p><div class="text" id="text">${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<p>${text(i)}</p>`).join('')}</div></div>
<aside><p>${text(2)}</p></aside></body></html>`, 'https://news.example/a');
const byId = (id: string) => doc.getElementById(id)!;

describe('nearness to the article body', () => {
  it('finds the element holding most of the paragraphs, not one holding a stray copy of one', () => {
    expect(articleBodyIn(doc, [1, 2, 3, 4, 5, 6, 7, 8].map(text).concat('Short line'))).toBe(byId('text'));
    expect(articleBodyIn(doc, ['Short line'])).toBeNull();
  });

  it('ranks the article\'s byline before teasers\' that come earlier, and counts the nearest group', () => {
    const { ranked, near } = nearestFirst([byId('t1'), byId('t2'), byId('own')], byId('text'));
    expect(ranked.map((el) => el.id)).toEqual(['own', 't1', 't2']);
    expect(near).toBe(1);
    expect(nearestFirst([byId('t1'), byId('own')], null)).toEqual({ ranked: [byId('t1'), byId('own')], near: 2 });
  });

  it('tells whether Readability\'s byline came from a teaser, unless the nearest byline names the same person', () => {
    expect(readabilityBylineNear(doc, 'Ana Lima', byId('text'), byId('own'))).toBe(false);
    expect(readabilityBylineNear(doc, 'Jane Roe', byId('text'), byId('own'))).toBe(true);
    expect(readabilityBylineNear(doc, 'Nobody Here', byId('text'), byId('own'))).toBeNull();
  });
});
