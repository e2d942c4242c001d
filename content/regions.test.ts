// @vitest-environment happy-dom
// Relevance by region in a document: the scanner, the store and content/regions.ts together, on the page
// structures the rule was designed from (front pages of teasers, article pages with a sidebar and related
// links, flat lists of headed teasers, a feed of posts).
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import { PageScanner } from './page-scanner';
import { shippedPack, track } from './test-support/scanner-dom';

const terms = shippedPack.terms;
const matcher = compileMatcher(terms);

/** Builds the page from a tree of [tag, attributes, ...children] (text children as strings), never markup. */
type Tree = string | [string, Record<string, string>, ...Tree[]];
function build(tree: Tree): Node {
  if (typeof tree === 'string') return document.createTextNode(tree);
  const [tag, attrs, ...children] = tree;
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const child of children) el.append(build(child));
  return el;
}

/** Scans the body now; returns the shown mentions' texts, and the scanner. */
function scan(...trees: Tree[]): { shown: string[]; scanner: PageScanner } {
  document.body.replaceChildren(...trees.map(build));
  const controller = new AbortController();
  track(controller);
  const scanner = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange: () => undefined });
  scanner.scanAllNow();
  return { shown: scanner.store.shown(new Set(), null).shown.map((r) => r.text), scanner };
}

const teaser = (title: string, summary: string): Tree => ['article', {}, ['h3', {}, ['a', { href: '/x' }, title]], ['p', {}, summary]];
const UNRELATED = [
  teaser('Manzanar internment camp remembered', 'Survivors return to the site in California.'),
  teaser('Chancellor Jeremy Hunt budget', 'The autumn statement, line by line.'),
  teaser('Guantanamo detention camp', 'Lawyers speak of the remaining prisoners.'),
  teaser('Pelvic floor re-education', 'Physiotherapists explain the exercises.'),
  teaser('Career development center opens', 'The college hosts a fair next week.'),
];
const XINJIANG = teaser('Inside Xinjiang\u2019s internment camps', 'Uyghurs describe re-education in detention camps.');

describe('regions on a front page', () => {
  it('lights the weak terms of the Xinjiang teaser only (article teasers)', () => {
    const { shown } = scan(['main', {}, ['section', {}, ['h2', {}, 'World'], ...UNRELATED.slice(0, 2), XINJIANG, ...UNRELATED.slice(2)]]);
    expect(shown).toEqual(['Xinjiang\u2019s', 'internment camps', 'Uyghurs', 're-education', 'detention camps']);
  });

  it('does the same when the teasers are list items, headed divs, or a flat run of headings', () => {
    const kids = (t: Tree): Tree[] => (t as [string, Record<string, string>, ...Tree[]]).slice(2) as Tree[];
    const asItems = (t: Tree): Tree => ['li', {}, ...kids(t)];
    const asCards = (t: Tree): Tree => ['div', { class: 'card' }, ...kids(t)];
    const all = [...UNRELATED.slice(0, 2), XINJIANG, ...UNRELATED.slice(2)];
    const expected = ['Xinjiang\u2019s', 'internment camps', 'Uyghurs', 're-education', 'detention camps'];
    expect(scan(['main', {}, ['ul', {}, ...all.map(asItems)]]).shown).toEqual(expected);
    expect(scan(['div', { id: 'grid' }, ...all.map(asCards)]).shown).toEqual(expected);
    const flat = all.flatMap(kids);
    expect(scan(['div', { id: 'column' }, ...flat]).shown).toEqual(expected);
  });

  it('releases the weak terms already found in a teaser when a strong mention comes to it later, and no other', async () => {
    document.body.replaceChildren(build(['main', {}, XINJIANG, ...UNRELATED]));
    const controller = new AbortController();
    track(controller);
    const scanner = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange: () => undefined });
    scanner.start();
    const settle = async () => {
      do await new Promise((resolve) => setTimeout(resolve, 150));
      while (scanner.busy || !scanner.firstScanFinished);
    };
    await settle();
    const shown = () => scanner.store.shown(new Set(), null).shown.map((r) => r.text);
    const hunt = scanner.store.size;
    expect(shown()).not.toContain('Jeremy Hunt');
    expect([...scanner.store.all()].map((r) => r.text)).toContain('Jeremy Hunt'); // found, held back
    document.querySelectorAll('article p')[2]!.append(' Uyghurs in Xinjiang.');
    await settle();
    expect(scanner.store.size).toBe(hunt + 2);
    expect(shown().slice(5).sort()).toEqual(['Jeremy Hunt', 'Uyghurs', 'Xinjiang']);
  });
});

describe('regions on an article page', () => {
  const article: Tree = [
    'article', {},
    ['h1', {}, 'A million detained'],
    ['p', {}, 'Satellite images show new compounds in Xinjiang.'],
    ['h2', {}, 'What officials say'],
    ['p', {}, 'Officials call the internment camps vocational training centres.'],
    ['ul', {}, ['li', {}, 'Jeremy Hunt raised the re-education camps with ', ['a', { href: '/w' }, 'Wang Yi'], ' in Beijing.']],
    ['aside', {}, ['h3', {}, 'Related'], ['ul', {}, ['li', {}, ['a', { href: '/m' }, 'Manzanar internment camp at 80']]]],
    ['ul', { class: 'more' }, ['li', {}, ['a', { href: '/g' }, 'Guantanamo detention camp closes wing']]],
  ];
  const sidebar: Tree = ['div', { role: 'complementary' }, ['h3', {}, 'Opinion'], ['p', {}, 'Chancellor Jeremy Hunt and the budget.']];

  it('lights the whole article body, sections and bullets too, and neither the sidebar nor the related links', () => {
    const { shown } = scan(['main', {}, article, sidebar], ['footer', {}, ['p', {}, 'Career development center: Jeremy Hunt visits.']]);
    expect(shown).toEqual(['Xinjiang', 'internment camps', 'vocational training centres', 'Jeremy Hunt', 're-education camps', 'Wang Yi']);
  });

  it('keeps comments (role=article) apart from the article they follow', () => {
    const comments: Tree = ['section', {}, ['div', { role: 'article' }, ['p', {}, 'My grandfather was in an internment camp in Idaho.']], ['div', { role: 'article' }, ['p', {}, 'Uyghurs deserve better than internment camps.']]];
    const { shown } = scan(['main', {}, article], comments);
    expect(shown.slice(-2)).toEqual(['Uyghurs', 'internment camps']);
    expect(shown.filter((t) => t === 'internment camp')).toEqual([]);
  });

  it('lights a plain page of paragraphs as one region, as before', () => {
    const { shown } = scan(['h1', {}, 'Notes'], ['p', {}, 'Jeremy Hunt spoke.'], ['p', {}, 'Uyghurs in Xinjiang.'], ['p', {}, 'About internment camps.']);
    // Scan order: the weak mention before the first strong one is found by the second walk, last.
    expect(shown.sort()).toEqual(['Jeremy Hunt', 'Uyghurs', 'Xinjiang', 'internment camps'].sort());
  });
});
