// Edges of tab-state.ts: a tab's first report, a top frame that reports again, the badge's bounds (issue 29:
// mutants the suite let through).
import { describe, expect, it } from 'vitest';
import { applyReport, badgeText, summarize, type FrameState } from './tab-state';

const report = (documentId: string, total: number, capped = false): FrameState => ({ documentId, counts: { xinjiang: total }, total, capped });

describe('applyReport', () => {
  it('leaves the tab without an address until its top frame reports', () => {
    expect(applyReport(undefined, 3, 'https://ads.example/', report('d3', 1)).url).toBe('');
  });

  it('keeps the other frames when the top frame reports again about the same document', () => {
    let state = applyReport(undefined, 0, 'https://example.org/', report('top', 2));
    state = applyReport(state, 5, 'https://example.org/frame', report('sub', 1));
    state = applyReport(state, 0, 'https://example.org/', report('top', 4));
    expect(Object.keys(state.frames).sort()).toEqual(['0', '5']);
    state = applyReport(state, 0, 'https://example.org/next', report('next', 1));
    expect(Object.keys(state.frames)).toEqual(['0']);
  });
});

describe('summarize', () => {
  it('is empty for a tab it knows nothing of', () => {
    expect(summarize(undefined)).toEqual({ counts: {}, total: 0, capped: false });
  });

  it('is capped when any counted frame is', () => {
    let state = applyReport(undefined, 0, 'https://example.org/', report('top', 2));
    state = applyReport(state, 5, 'https://example.org/frame', report('sub', 5000, true));
    expect(summarize(state).capped).toBe(true);
  });
});

describe('badgeText', () => {
  it('shows "5k+" when capped, whatever the total', () => {
    expect(badgeText(10, true)).toBe('5k+');
  });

  it('writes 999 as it is and 1,000 as "1k+"', () => {
    expect(badgeText(999, false)).toBe('999');
    expect(badgeText(1000, false)).toBe('1k+');
  });
});
