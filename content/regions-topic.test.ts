// @vitest-environment happy-dom
// Regions about detention in a document (issue 22): the scanner, the store, content/regions.ts and
// content/regions-topic.ts together, with the shipped pack's terms and detention words.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import { planDetention } from '../core/match/region-topic';
import { PageScanner } from './page-scanner';
import { RegionTopics } from './regions-topic';
import { shippedPack, track } from './test-support/scanner-dom';

const pack = shippedPack;
const matcher = compileMatcher(pack.terms);
const detention = planDetention([pack]);

type Tree = string | [string, Record<string, string>, ...Tree[]];
function build(tree: Tree): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  const [tag, attrs, ...children] = tree;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children) el.append(build(child));
  return el;
}

/** Scans the body with the detention words judging regions; the shown mentions, and which are neutral. */
function scan(clock: { now: number }, ...trees: Tree[]) {
  document.body.replaceChildren(...trees.map(build));
  const controller = new AbortController();
  track(controller);
  const scanner = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange: () => undefined });
  const topics = new RegionTopics(detention, undefined, () => clock.now);
  scanner.store.relevance.judgeTopicBy(topics.aboutDetention, topics.otherSense);
  scanner.scanAllNow();
  const shown = () => scanner.store.shown(new Set(), null).shown;
  return {
    scanner,
    shown: () => shown().map((r) => r.text),
    neutral: () => shown().filter((r) => !scanner.store.relevance.aboutCamps(r)).map((r) => r.text),
  };
}

const TRAVEL: Tree = [
  'article',
  {},
  ['h2', {}, 'Autumn in Xinjiang'],
  ['p', {}, 'Kashgar\u2019s Sunday bazaar sells melons and carpets; Uyghur musicians play for visitors.'],
  ['p', {}, 'The tourism board\u2019s vocational training centre certifies local guides.'],
];
const NEWS: Tree = [
  'article',
  {},
  ['h2', {}, 'Inside the camps'],
  ['p', {}, 'Uyghurs in Xinjiang have been detained by the hundred thousand.'],
  ['p', {}, 'Beijing calls the sites vocational training centres.'],
];

describe('regions about detention', () => {
  it('a travel article beside a detention report: the travel one keeps its names neutral and its weak term dark', () => {
    const page = scan({ now: 0 }, TRAVEL, NEWS);
    expect(page.shown()).toEqual(['Xinjiang', 'Kashgar\u2019s', 'Uyghur', 'Uyghurs', 'Xinjiang', 'vocational training centres']);
    expect(page.neutral()).toEqual(['Xinjiang', 'Kashgar\u2019s', 'Uyghur']);
  });

  it('a page of plain paragraphs (one region) about a college in Ürümqi stays neutral', () => {
    const page = scan(
      { now: 0 },
      ['h1', {}, '乌鲁木齐职业大学招生简章'],
      ['p', {}, '新疆职业大学下设的教育培训中心面向社会招收维吾尔族和汉族学员。'],
    );
    expect(page.shown()).toEqual(['乌鲁木齐', '新疆', '维吾尔']);
    expect(page.neutral()).toEqual(['乌鲁木齐', '新疆', '维吾尔']);
  });

  it('a history article about the Uyghur Khaganate beside a detention report: the history one stays dark', () => {
    const HISTORY: Tree = [
      'section',
      {},
      ['h2', {}, 'Steppe empires'],
      ['p', {}, 'The Uyghur Khaganate ruled the steppe from 744 to 840.'],
      ['p', {}, 'After its fall the Uyghurs moved south-west, to Turpan and to the oases of today\u2019s Xinjiang.'],
    ];
    const page = scan({ now: 0 }, HISTORY, NEWS);
    expect(page.shown()).toEqual(['Uyghurs', 'Xinjiang', 'vocational training centres']);
  });

  it('a region about another sense that also speaks of detention keeps its names lit', () => {
    const page = scan({ now: 0 }, [
      'article',
      {},
      ['p', {}, 'Scholars of the Old Uyghur script have been detained in Xinjiang since 2017.'],
    ]);
    expect(page.shown()).toEqual(['Xinjiang']);
    expect(page.neutral()).toEqual([]);
  });

  it('a region that later speaks of detention (text added) releases its weak terms once it is read again', () => {
    const clock = { now: 0 };
    const page = scan(clock, TRAVEL);
    expect(page.shown()).not.toContain('vocational training centre');
    const article = document.querySelector('article')!;
    const p = document.createElement('p');
    p.textContent = 'Rights groups say guides were detained there.';
    article.append(p);
    // Within the recheck delay the region's answer is kept; after it, the region is read again.
    expect(page.shown()).not.toContain('vocational training centre');
    clock.now = 5000;
    expect(page.shown()).toContain('vocational training centre');
    expect(page.neutral()).toEqual([]);
  });

  it('a run of blocks under a heading is judged by its own text, not the next teaser\u2019s', () => {
    const grid: Tree = [
      'div',
      {},
      ['h3', {}, 'Xinjiang cotton'],
      ['p', {}, 'Prices rose; a vocational training centre trains pickers.'],
      ['h3', {}, 'Elsewhere'],
      ['p', {}, 'Journalists detained in another country.'],
      ['h3', {}, 'Weather'],
      ['p', {}, 'Rain.'],
    ];
    const page = scan({ now: 0 }, grid);
    expect(page.shown()).toEqual(['Xinjiang']);
    expect(page.neutral()).toEqual(['Xinjiang']);
  });

  it('without detention words (an older background) every region is about the camps', () => {
    const topics = new RegionTopics(undefined);
    expect(topics.aboutDetention(document.body)).toBe(true);
  });

  it('asks for the words only when a region is first judged, and re-renders when they come', async () => {
    document.body.replaceChildren(build(['p', {}, 'Xinjiang: people were detained.']));
    let asked = 0;
    let ready = 0;
    const topics = new RegionTopics(() => (asked++, Promise.resolve(detention)), () => ready++);
    expect(asked).toBe(0);
    // Meanwhile no region is about detention: weak terms wait rather than light in the wrong place.
    expect(topics.aboutDetention(document.body)).toBe(false);
    expect(topics.aboutDetention(document.body)).toBe(false);
    await Promise.resolve();
    await Promise.resolve();
    expect([asked, ready]).toEqual([1, 1]);
    expect(topics.aboutDetention(document.body)).toBe(true);
  });

  it('treats every region as about the camps when the background does not answer', async () => {
    let ready = 0;
    const topics = new RegionTopics(() => Promise.reject(new Error('no such message')), () => ready++);
    expect(topics.aboutDetention(document.body)).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(ready).toBe(1);
    expect(topics.aboutDetention(document.body)).toBe(true);
  });
});

describe('regions with components', () => {
  it('reads the text of open shadow roots inside a region', () => {
    const host = document.createElement('news-item');
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inside a component: people detained in Xinjiang.';
    root.append(p);
    document.body.replaceChildren(host);
    expect(new RegionTopics(detention).aboutDetention(document.body)).toBe(true);
    p.textContent = 'Inside a component: the bazaar of Kashgar.';
    expect(new RegionTopics(detention).aboutDetention(document.body)).toBe(false);
  });
});
