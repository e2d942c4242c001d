// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { MentionRecord } from '../mention-store';
import { mentionAtPoint, offsetInside, openShadowRootsAt, type HitDeps } from './hit-test';
import type { Box } from './placement';

function mention(node: Text, start: number, end: number, termId = 't'): MentionRecord {
  // happy-dom has no StaticRange: a plain object has the fields the hit test reads.
  const range = { startContainer: node, startOffset: start, endContainer: node, endOffset: end, collapsed: start === end } as StaticRange;
  return { range, key: `p/${termId}`, packId: 'p', termId, strength: 'strong', text: node.data.slice(start, end), nodes: [node], seq: 0, region: node, hidden: false };
}

const onBox: Box = { left: 10, top: 10, right: 70, bottom: 30 };

function deps(node: Text, records: MentionRecord[], offset: number, over: Partial<HitDeps> = {}): HitDeps & { boxesOf: ReturnType<typeof vi.fn> } {
  const boxesOf = vi.fn(() => [onBox]);
  return {
    caretAt: () => ({ node, offset }),
    mentionsAt: (n) => (n === node ? records : []),
    isShown: () => true,
    boxesOf,
    ...over,
  } as HitDeps & { boxesOf: ReturnType<typeof vi.fn> };
}

describe('offsetInside', () => {
  const node = document.createTextNode('news from Xinjiang today');
  const record = mention(node, 10, 18);

  it('counts offsets from the mention\'s start to its end', () => {
    expect([9, 10, 14, 18, 19].map((o) => offsetInside(record, node, o))).toEqual([false, true, true, true, false]);
  });

  it('ignores a text node the mention does not cover', () => {
    expect(offsetInside(record, document.createTextNode('Xinjiang'), 3)).toBe(false);
  });
});

describe('mentionAtPoint', () => {
  const node = document.createTextNode('news from Xinjiang and Uyghur');
  const xinjiang = mention(node, 10, 18, 'xinjiang');
  const uyghur = mention(node, 23, 29, 'uyghur');

  it('finds the mention whose offsets hold the caret', () => {
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang, uyghur], 25))).toBe(uyghur);
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang, uyghur], 12))).toBe(xinjiang);
  });

  it('measures only the one candidate, never every mention', () => {
    const d = deps(node, [xinjiang, uyghur], 12);
    mentionAtPoint(20, 20, d);
    expect(d.boxesOf.mock.calls).toEqual([[xinjiang]]);
  });

  it('finds nothing between mentions', () => {
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang, uyghur], 20))).toBeNull();
  });

  it('finds nothing when the caret snapped to text away from the pointer', () => {
    expect(mentionAtPoint(200, 20, deps(node, [xinjiang], 12))).toBeNull();
  });

  it('skips mentions that are not drawn (muted or over the cap)', () => {
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang], 12, { isShown: () => false }))).toBeNull();
  });

  it('trusts highlightsFromPoint when it says none of ours is there, without a caret look-up', () => {
    const caretAt = vi.fn(() => ({ node, offset: 12 }));
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang], 12, { caretAt, highlightsAt: () => ({ ours: false }) }))).toBeNull();
    expect(caretAt).not.toHaveBeenCalled();
  });

  it('uses the range highlightsFromPoint reports when it has one', () => {
    const caretAt = vi.fn(() => null);
    expect(mentionAtPoint(20, 20, deps(node, [], 0, { caretAt, highlightsAt: () => ({ ours: true, record: uyghur }) }))).toBe(uyghur);
  });

  it('finds nothing when the caret is not in text', () => {
    expect(mentionAtPoint(20, 20, deps(node, [xinjiang], 12, { caretAt: () => ({ node: document.body, offset: 0 }) }))).toBeNull();
  });

  it('gives the caret and highlight look-ups the shadow roots under the point, so mentions inside them are found', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const caretAt = vi.fn(() => ({ node, offset: 12 }));
    const highlightsAt = vi.fn(() => ({ ours: true }));
    const found = mentionAtPoint(20, 20, deps(node, [xinjiang], 12, { shadowRootsAt: () => [root], caretAt, highlightsAt }));
    expect(found).toBe(xinjiang);
    expect(caretAt).toHaveBeenCalledWith(20, 20, [root]);
    expect(highlightsAt).toHaveBeenCalledWith(20, 20, [root]);
  });
});

describe('openShadowRootsAt', () => {
  /** A stand-in for the element hit test: each root answers with the next host, the last with plain content. */
  function stack(depth: number, { loop = false } = {}) {
    const hosts = Array.from({ length: depth }, () => document.createElement('span'));
    const roots = hosts.map((h) => h.attachShadow({ mode: 'open' }));
    const leaf = document.createElement('p');
    roots.forEach((root, i) => {
      // A root that answers with its own host (the point is on the host itself) must not loop forever.
      const next = loop && i === depth - 1 ? hosts[i]! : hosts[i + 1] ?? leaf;
      root.elementFromPoint = () => next;
    });
    const doc = { elementFromPoint: () => hosts[0] ?? leaf } as unknown as Document;
    return { doc, roots };
  }

  it('lists nested open roots outermost first', () => {
    const { doc, roots } = stack(2);
    expect(openShadowRootsAt(doc, 5, 5)).toEqual(roots);
  });

  it('lists none over plain content, and stops when a root points back at its own host', () => {
    expect(openShadowRootsAt(stack(0).doc, 5, 5)).toEqual([]);
    const looped = stack(1, { loop: true });
    expect(openShadowRootsAt(looped.doc, 5, 5)).toEqual(looped.roots);
  });

  it('cannot see into closed roots', () => {
    const host = document.createElement('span');
    host.attachShadow({ mode: 'closed' });
    expect(openShadowRootsAt({ elementFromPoint: () => host } as unknown as Document, 5, 5)).toEqual([]);
  });
});
