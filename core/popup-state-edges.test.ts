// Edges of popup-state.ts (issue 29: mutants the suite let through).
import { describe, expect, it } from 'vitest';
import { decidePopupState, originPattern, termsByCount, unscannableReason } from './popup-state';

describe('unscannableReason', () => {
  it('takes a path for a PDF only when it ends in .pdf', () => {
    expect(unscannableReason('https://example.org/report.pdf')).toBe('pdf-viewer');
    expect(unscannableReason('https://example.org/report.pdf.html')).toBeNull();
  });
});

describe('originPattern', () => {
  it('is null for what is no address', () => {
    expect(originPattern('not a url')).toBeNull();
  });
});

describe('decidePopupState', () => {
  it('names no site for a disabled site the browser gave no host for', () => {
    const state = decidePopupState({ url: 'file:///home/reader/a.html', hasAccess: true, answered: true, activity: 'disabled-site', site: null, mentions: undefined });
    expect(state).toEqual({ kind: 'disabled-site', site: '' });
  });
});

describe('termsByCount', () => {
  it('puts the most mentioned first, whatever order the counts come in', () => {
    const order = ['a', 'b', 'c', 'd'];
    expect(termsByCount({ a: 1, b: 5, c: 3, d: 2 }, order)).toEqual(['b', 'c', 'd', 'a']);
    expect(termsByCount({ d: 2, c: 3, b: 5, a: 1 }, order)).toEqual(['b', 'c', 'd', 'a']);
    expect(termsByCount({ c: 3, a: 1, d: 2, b: 5 }, order)).toEqual(['b', 'c', 'd', 'a']);
  });
});
