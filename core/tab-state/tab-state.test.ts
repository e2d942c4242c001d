import { describe, expect, it } from 'vitest';
import { applyReport, badgeText, summarize } from './tab-state';

const report = (documentId: string, counts: Record<string, number>, extra: { keys?: string[]; counted?: boolean } = {}) => ({
  documentId,
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  capped: false,
  ...extra,
});

describe('tab state', () => {
  it('adds up mentions from every frame of the tab', () => {
    let s = applyReport(undefined, 0, 'https://a.org/', report('d1', { xinjiang: 2 }));
    s = applyReport(s, 7, 'https://frame.org/', report('f1', { xinjiang: 1, uyghur: 3 }));
    expect(summarize(s)).toEqual({ counts: { xinjiang: 3, uyghur: 3 }, total: 6, capped: false });
    expect(s.url).toBe('https://a.org/');
  });

  it('starts afresh when the top frame reports a new document', () => {
    let s = applyReport(undefined, 0, 'https://a.org/', report('d1', { xinjiang: 2 }));
    s = applyReport(s, 7, 'https://frame.org/', report('f1', { uyghur: 3 }));
    s = applyReport(s, 0, 'https://b.org/', report('d2', { uyghur: 1 }));
    expect(summarize(s).total).toBe(1);
    expect(Object.keys(s.frames)).toEqual(['0']);
  });

  it('replaces a frame report from the same document instead of adding to it', () => {
    let s = applyReport(undefined, 0, 'u', report('d1', { xinjiang: 2 }));
    s = applyReport(s, 0, 'u', report('d1', { xinjiang: 5 }));
    expect(summarize(s).total).toBe(5);
  });
});

describe('tab state with frames that do not count, and frames that repeat each other', () => {
  it('leaves out the frames that do not count', () => {
    let s = applyReport(undefined, 0, 'https://a.org/', report('d1', { xinjiang: 2 }));
    s = applyReport(s, 3, 'https://ads.example/', report('f1', { xinjiang: 1 }, { keys: ['xinjiang:abc'], counted: false }));
    expect(summarize(s)).toEqual({ counts: { xinjiang: 2 }, total: 2, capped: false });
  });

  it('counts a mention repeated by 300 frames once, and two alike in one frame twice', () => {
    let s = applyReport(undefined, 0, 'https://a.org/', report('d1', {}));
    for (let f = 1; f <= 300; f++) s = applyReport(s, f, 'https://ads.example/', report(`f${f}`, { xinjiang: 2 }, { keys: ['xinjiang:abc', 'xinjiang:def'], counted: true }));
    expect(summarize(s)).toEqual({ counts: { xinjiang: 2 }, total: 2, capped: false });
    s = applyReport(s, 301, 'https://b.example/', report('g', { xinjiang: 2, uyghur: 1 }, { keys: ['xinjiang:abc', 'xinjiang:abc', 'uyghur:x1'], counted: true }));
    expect(summarize(s)).toEqual({ counts: { xinjiang: 3, uyghur: 1 }, total: 4, capped: false });
  });
});

describe('badgeText', () => {
  it('is empty for no mentions, a number otherwise, and 5k+ when capped', () => {
    expect(badgeText(0, false)).toBe('');
    expect(badgeText(12, false)).toBe('12');
    expect(badgeText(1500, false)).toBe('1k+');
    expect(badgeText(5000, true)).toBe('5k+');
  });
});
