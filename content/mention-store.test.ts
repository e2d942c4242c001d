// @vitest-environment happy-dom
// The store's shown(): what the content script highlights and counts. Each rule is checked on its own:
// muted terms, relevance, hidden text, and the cap keeping the mentions nearest the viewport.
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CAP } from '../core/match/shown-mentions';
import { MentionStore, type MentionRecord } from './mention-store';

/** The region of the mentions a test does not place. */
const PAGE = {};

/** A mention over a text node of its own (the store only keeps the range it is given). */
function mention(store: MentionStore, termId: string, strength: 'strong' | 'weak', hidden = false, region: object = PAGE): MentionRecord {
  const node = document.createTextNode(termId);
  const range = { startContainer: node, startOffset: 0, endContainer: node, endOffset: termId.length, collapsed: false } as unknown as StaticRange;
  const record: MentionRecord = { range, key: termId, packId: '', termId, strength, text: termId, nodes: [node], seq: store.nextSeq(), region, hidden };
  store.add(record);
  return record;
}

const none = new Set<string>();

describe('MentionStore.shown', () => {
  it('leaves out the terms muted on the site, and counts the rest by term', () => {
    const store = new MentionStore();
    mention(store, 'xinjiang', 'strong');
    mention(store, 'kashgar', 'strong');
    mention(store, 'xinjiang', 'strong');
    const { shown, counts } = store.shown(new Set(['kashgar']), null);
    expect(shown.map((r) => r.termId)).toEqual(['xinjiang', 'xinjiang']);
    expect(counts).toEqual({ xinjiang: 2 });
  });

  it('shows weak terms only once a visible strong term is on the page, then the earlier ones too', () => {
    const store = new MentionStore();
    mention(store, 'jeremy-hunt', 'weak');
    expect(store.shown(none, null).shown).toEqual([]);
    const hiddenStrong = mention(store, 'xinjiang', 'strong', true);
    expect(store.shown(none, null).shown).toEqual([]);
    store.setHidden(hiddenStrong, false);
    expect(store.shown(none, null).shown.map((r) => r.termId)).toEqual(['jeremy-hunt', 'xinjiang']);
  });

  it('shows weak terms only in the region of a strong one, and releases them there when it comes later', () => {
    const store = new MentionStore();
    const teaser = {};
    const other = {};
    mention(store, 'jeremy-hunt', 'weak', false, teaser);
    mention(store, 'internment-camps', 'weak', false, other);
    expect(store.shown(none, null).shown).toEqual([]);
    mention(store, 'xinjiang', 'strong', false, teaser);
    expect(store.relevant).toBe(true);
    expect(store.shown(none, null).counts).toEqual({ 'jeremy-hunt': 1, xinjiang: 1 });
  });

  it('leaves out hidden text', () => {
    const store = new MentionStore();
    mention(store, 'xinjiang', 'strong');
    mention(store, 'uyghur', 'strong', true);
    expect(store.shown(none, null).counts).toEqual({ xinjiang: 1 });
  });

  it('keeps the mentions nearest the viewport when there are more than the cap', () => {
    const store = new MentionStore();
    const records = Array.from({ length: HIGHLIGHT_CAP + 10 }, () => mention(store, 'xinjiang', 'strong'));
    const anchor = records.at(-1)!.seq;
    const { shown, capped, counts } = store.shown(none, anchor);
    expect(capped).toBe(true);
    expect(shown).toHaveLength(HIGHLIGHT_CAP);
    expect(counts).toEqual({ xinjiang: HIGHLIGHT_CAP });
    // Nearest the last mention: the first ten are the ones left out; document order is kept.
    expect(shown[0]).toBe(records[10]);
    expect(shown.at(-1)).toBe(records.at(-1));
  });

  it('keeps those nearest an anchor in the middle, on both sides of it, not the first or the last ones', () => {
    const store = new MentionStore();
    const records = Array.from({ length: 10 }, () => mention(store, 'xinjiang', 'strong'));
    const { shown, capped } = store.shown(none, records[6]!.seq, 4);
    expect(capped).toBe(true);
    expect(shown).toHaveLength(4);
    expect(shown).toEqual(expect.arrayContaining([records[5], records[6], records[7]]));
    for (const far of [0, 1, 2, 3, 9]) expect(shown).not.toContain(records[far]);
  });

  it('leaves muted, hidden and not admitted mentions out before the cap, so they take none of its places', () => {
    const store = new MentionStore();
    const shownOnes = [mention(store, 'xinjiang', 'strong')];
    mention(store, 'kashgar', 'strong');
    mention(store, 'uyghur', 'strong', true);
    const other = {};
    mention(store, 'jeremy-hunt', 'weak', false, other);
    shownOnes.push(mention(store, 'xinjiang', 'strong'));
    const result = store.shown(new Set(['kashgar']), null, 2);
    expect(result.capped).toBe(false);
    expect(result.shown).toEqual(shownOnes);
  });

  it('is not capped at the cap itself', () => {
    const store = new MentionStore();
    for (let i = 0; i < 3; i++) mention(store, 'xinjiang', 'strong');
    expect(store.shown(none, null, 3).capped).toBe(false);
    expect(store.shown(none, null, 2).capped).toBe(true);
  });
});

describe('MentionStore with many mentions in one text node', () => {
  /** Mentions at offsets 0, 10, 20, … of one node, with ranges that count how often they are read. */
  function crowded(n: number) {
    const node = document.createTextNode('Xinjiang. '.repeat(n));
    let reads = 0;
    const range = (start: number, end: number) => {
      const fields = { startContainer: node, startOffset: start, endContainer: node, endOffset: end, collapsed: false };
      return new Proxy(fields, { get: (t, k) => (reads++, t[k as keyof typeof t]) }) as unknown as StaticRange;
    };
    const store = new MentionStore();
    const add = (i: number) => store.add({ range: range(i * 10, i * 10 + 8), key: 'xinjiang', packId: '', termId: 'xinjiang', strength: 'strong', text: 'Xinjiang', nodes: [node], seq: store.nextSeq(), region: PAGE, hidden: false });
    return { node, store, add, reads: () => reads };
  }

  it('adds, finds and drops N mentions of one node in work proportional to N', () => {
    const n = 3000;
    const { node, store, add, reads } = crowded(n);
    for (let i = 0; i < n; i++) add(i);
    // The old store compared each new range with every earlier one of its node: n²/2 comparisons.
    expect(reads()).toBeLessThan(20 * n);
    expect(store.size).toBe(n);
    const before = reads();
    for (let i = 0; i < n; i++) expect(store.rangeOf(node, i * 10, node, i * 10 + 8)).toBeDefined();
    expect(reads() - before).toBeLessThan(20 * n);
    expect(store.at(node)).toHaveLength(n);
    const dropping = reads();
    expect(store.dropNodes([node])).toBe(n);
    expect(reads() - dropping).toBeLessThan(20 * n);
    expect(store.size).toBe(0);
    expect(store.at(node)).toEqual([]);
    expect(store.rangeOf(node, 0, node, 8)).toBeUndefined();
  });

  it('keeps one record per range, and tells ranges of one start apart by their end', () => {
    const { node, store, add } = crowded(3);
    add(0);
    add(0);
    add(1);
    expect(store.size).toBe(2);
    expect(store.rangeOf(node, 0, node, 8)).toBeDefined();
    expect(store.rangeOf(node, 0, node, 9)).toBeUndefined();
    expect(store.rangeOf(node, 10, node, 18)).toBeDefined();
  });

  it('drops the mentions of a node that left the document, and finds them no more', () => {
    const { node, store, add } = crowded(4);
    document.body.append(node);
    for (let i = 0; i < 4; i++) add(i);
    expect(store.dropDisconnected()).toBe(0);
    node.remove();
    expect(store.dropDisconnected()).toBe(4);
    expect(store.rangeOf(node, 10, node, 18)).toBeUndefined();
  });
});
