// @vitest-environment happy-dom
// The store's shown(): what the content script highlights and counts. Each rule is checked on its own:
// muted terms, relevance, hidden text, and the cap keeping the mentions nearest the viewport.
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CAP } from '../core/match/shown-mentions';
import { MentionStore, type MentionRecord } from './mention-store';

/** A mention over a text node of its own (the store only keeps the range it is given). */
function mention(store: MentionStore, termId: string, strength: 'strong' | 'weak', hidden = false): MentionRecord {
  const node = document.createTextNode(termId);
  const range = { startContainer: node, startOffset: 0, endContainer: node, endOffset: termId.length, collapsed: false } as unknown as StaticRange;
  const record: MentionRecord = { range, termId, strength, text: termId, nodes: [node], seq: store.nextSeq(), hidden };
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

  it('shows weak terms when another frame of the tab made it relevant', () => {
    const store = new MentionStore();
    mention(store, 'jeremy-hunt', 'weak');
    store.relevance.markRelevant();
    expect(store.shown(none, null).counts).toEqual({ 'jeremy-hunt': 1 });
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

  it('is not capped at the cap itself', () => {
    const store = new MentionStore();
    for (let i = 0; i < 3; i++) mention(store, 'xinjiang', 'strong');
    expect(store.shown(none, null, 3).capped).toBe(false);
    expect(store.shown(none, null, 2).capped).toBe(true);
  });
});
