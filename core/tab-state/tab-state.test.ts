import { describe, expect, it } from 'vitest';
import { applyReport, badgeText, summarize } from './tab-state';

const report = (documentId: string, counts: Record<string, number>, relevant = true) => ({
  documentId,
  counts,
  total: Object.values(counts).reduce((a, b) => a + b, 0),
  capped: false,
  relevant,
});

describe('tab state', () => {
  it('adds up mentions from every frame of the tab', () => {
    let s = applyReport(undefined, 0, 'https://a.org/', report('d1', { xinjiang: 2 }));
    s = applyReport(s, 7, 'https://frame.org/', report('f1', { xinjiang: 1, uyghur: 3 }, false));
    expect(summarize(s)).toEqual({ counts: { xinjiang: 3, uyghur: 3 }, total: 6, capped: false, relevant: true });
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

describe('badgeText', () => {
  it('is empty for no mentions, a number otherwise, and 5k+ when capped', () => {
    expect(badgeText(0, false)).toBe('');
    expect(badgeText(12, false)).toBe('12');
    expect(badgeText(1500, false)).toBe('1k+');
    expect(badgeText(5000, true)).toBe('5k+');
  });
});
