// The region rule on abstract ancestor chains, built from how real pages are laid out: the chain is
// written outermost first in `page(...)` (as one reads HTML) and turned innermost-first for pickRegion.
import { describe, expect, it } from 'vitest';
import { isTeaserItem, isTeaserList, pickRegion, textCap, type Ancestor, type Measure } from './region.ts';

interface Spec extends Partial<Measure> {
  tag: string;
  role?: string;
  itemType?: string;
  link?: boolean;
  name?: string;
}

/** An ancestor chain from outermost (body) to innermost (the text's block). */
function chain(...specs: Spec[]): { chain: Ancestor[]; names: string[] } {
  const list = specs.map((s) => ({
    tag: s.tag,
    role: s.role ?? null,
    itemType: s.itemType ?? null,
    link: s.link,
    measure: () => ({ text: s.text ?? 100, links: s.links ?? 0, headings: s.headings ?? 0, blocks: s.blocks ?? 1 }),
  }));
  return { chain: list.reverse(), names: specs.map((s) => s.name ?? s.tag).reverse() };
}

/** The name of the region picked, with "run@" when it is a heading run inside it. */
function region(...specs: Spec[]): string {
  const { chain: c, names } = chain(...specs);
  const pick = pickRegion(c);
  return `${pick.run ? 'run@' : ''}${names[pick.at]}`;
}

const body = (m: Partial<Measure> = {}): Spec => ({ tag: 'body', text: 20000, headings: 30, links: 8000, ...m });

describe('pickRegion: front pages of teasers', () => {
  it('keeps each <article> teaser apart, whatever surrounds it', () => {
    const frontMain: Spec = { tag: 'main', text: 6000, headings: 30, links: 3000 };
    expect(region(body(), frontMain, { tag: 'section', text: 1500, headings: 8, links: 700 }, { tag: 'article', name: 'teaser', headings: 1 }, { tag: 'p' })).toBe('teaser');
  });

  it('keeps each list item teaser apart: a heading, a summary block, or a link list entry', () => {
    const list: Spec = { tag: 'ul', text: 3000, headings: 0, links: 2500 };
    expect(region(body(), list, { tag: 'li', name: 'item', text: 80, links: 80, headings: 0 })).toBe('item');
    expect(region(body(), list, { tag: 'li', name: 'item', text: 300, links: 60, headings: 1 }, { tag: 'h3' })).toBe('item');
    expect(region(body(), list, { tag: 'li', name: 'item', text: 300, links: 60, blocks: 2 }, { tag: 'p' })).toBe('item');
  });

  it('takes the card around a text when its container lists several headed cards (div-only layouts)', () => {
    const grid: Spec = { tag: 'div', name: 'grid', text: 3000, headings: 20, links: 1500 };
    expect(region(body(), { tag: 'main', text: 3000, headings: 20, links: 1500 }, grid, { tag: 'div', name: 'card', text: 150, headings: 1, links: 60 }, { tag: 'p' })).toBe('card');
    // The card's own heading belongs to the card too.
    expect(region(body(), grid, { tag: 'div', name: 'card', text: 150, headings: 1, links: 60 }, { tag: 'h3', headings: 1 })).toBe('card');
  });

  it('takes the run under a heading when the teasers are flat (heading, summary, heading, summary)', () => {
    const flat: Spec = { tag: 'div', name: 'column', text: 1500, headings: 10, links: 600 };
    expect(region(body(), flat, { tag: 'p' })).toBe('run@column');
    expect(region(body(), flat, { tag: 'h3', headings: 1 })).toBe('run@column');
  });

  it('takes a link that wraps blocks as a card of its own', () => {
    expect(region(body({ headings: 1 }), { tag: 'div', text: 3000, headings: 1 }, { tag: 'a', link: true, name: 'card' }, { tag: 'h3', headings: 1 })).toBe('card');
  });

  it('keeps microdata items (schema.org Article, BlogPosting, Comment) apart', () => {
    expect(region(body({ headings: 1 }), { tag: 'div', itemType: 'https://schema.org/NewsArticle', name: 'item' }, { tag: 'p' })).toBe('item');
    expect(region(body({ headings: 1 }), { tag: 'div', itemType: 'http://schema.org/Person', name: 'person' }, { tag: 'p' })).toBe('body');
  });
});

describe('pickRegion: article pages', () => {
  const article: Spec = { tag: 'article', text: 6000, headings: 5, links: 300 };

  it('makes the whole article one region, its sections and bullet lists included', () => {
    expect(region(body(), { tag: 'main' }, article, { tag: 'div', name: 'story-body', text: 5500, headings: 4, links: 250 }, { tag: 'p' })).toBe('article');
    expect(region(body(), { tag: 'main' }, article, { tag: 'section', text: 1500, headings: 1 }, { tag: 'p' })).toBe('article');
    // A bullet: prose with a link in it, one block.
    expect(region(body(), { tag: 'main' }, article, { tag: 'ul', text: 600, links: 60 }, { tag: 'li', text: 200, links: 40 })).toBe('article');
  });

  it('keeps the related list and the sidebar apart from the article', () => {
    expect(region(body(), { tag: 'main' }, article, { tag: 'ul', text: 400, links: 400 }, { tag: 'li', name: 'related', text: 80, links: 80 })).toBe('related');
    expect(region(body(), { tag: 'aside', name: 'sidebar' }, { tag: 'div', text: 900 }, { tag: 'p' })).toBe('sidebar');
    expect(region(body(), { tag: 'div', role: 'complementary', name: 'sidebar' }, { tag: 'p' })).toBe('sidebar');
    expect(region(body(), { tag: 'nav', name: 'nav' }, { tag: 'ul' }, { tag: 'li', text: 40, links: 40, name: 'link' })).toBe('link');
  });

  it('makes a single-article page without <article> one region when its headings head long sections', () => {
    // Wikipedia-like: 40 headings over 80 000 characters.
    expect(region(body({ text: 82000, headings: 41, links: 20000 }), { tag: 'main', text: 81000, headings: 40, links: 19000 }, { tag: 'div', text: 80000, headings: 40, links: 19000 }, { tag: 'p' })).toBe('main');
    // A plain page: paragraphs straight in the body.
    expect(region(body({ text: 3000, headings: 1, links: 0 }), { tag: 'p' })).toBe('body');
  });

  it('never cuts an article into runs, however short its sections (a news brief with subheads)', () => {
    const brief: Spec = { tag: 'article', name: 'brief', text: 450, headings: 3, links: 40 };
    expect(region(body(), { tag: 'main' }, brief, { tag: 'p' })).toBe('brief');
    expect(region(body(), { tag: 'main' }, { tag: 'div', name: 'brief', itemType: 'https://schema.org/BlogPosting', text: 450, headings: 3 }, { tag: 'h2', headings: 1 })).toBe('brief');
    // The same short sections in a plain div are runs: nothing says they are one composition.
    expect(region(body(), { tag: 'div', name: 'box', text: 450, headings: 3, links: 40 }, { tag: 'p' })).toBe('run@box');
  });

  it('keeps the page footer apart from the text above it', () => {
    expect(region(body({ text: 3000, headings: 1, links: 100 }), { tag: 'footer', name: 'footer' }, { tag: 'p' })).toBe('footer');
  });

  it('keeps each comment or post of a thread apart', () => {
    expect(region(body(), { tag: 'div', name: 'comments', text: 5000, headings: 1 }, { tag: 'div', role: 'article', name: 'comment' }, { tag: 'p' })).toBe('comment');
    expect(region(body(), { tag: 'div', role: 'feed' }, { tag: 'div', role: 'article', name: 'post' }, { tag: 'div' }, { tag: 'span' })).toBe('post');
  });

  it('gives the document itself when the chain is only the body', () => {
    expect(region(body())).toBe('body');
  });
});

describe('the thresholds', () => {
  const m = (text: number, links: number, headings: number, blocks = 1): Measure => ({ text, links, headings, blocks });
  it('calls a container a teaser list only with two headings or more over little text each', () => {
    expect(isTeaserList(m(300, 0, 2))).toBe(true);
    expect(isTeaserList(m(400, 0, 2))).toBe(false);
    expect(isTeaserList(m(900, 200, 2))).toBe(true);
    expect(isTeaserList(m(900, 100, 2))).toBe(false);
    expect(isTeaserList(m(100, 100, 1))).toBe(false);
    // Text counted only up to the cap gives the answer the whole text would.
    for (const headings of [2, 10, 60]) expect(isTeaserList(m(textCap(headings), textCap(headings), headings))).toBe(false);
  });

  it('calls a list item an item with a heading, two blocks, or mostly link text', () => {
    expect(isTeaserItem(m(200, 0, 1))).toBe(true);
    expect(isTeaserItem(m(200, 0, 0, 2))).toBe(true);
    expect(isTeaserItem(m(200, 100, 0))).toBe(true);
    expect(isTeaserItem(m(200, 99, 0))).toBe(false);
    expect(isTeaserItem(m(0, 0, 0, 0))).toBe(false);
  });
});
