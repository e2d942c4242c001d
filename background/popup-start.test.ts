import { beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalPack } from '../core/pack/test-pack';
import type { TabState } from '../core/tab-state/tab-state';

const packs = [minimalPack()];
let stored: Record<number, TabState> = {};
vi.mock('./packs', () => ({ getPacks: async () => packs }));
vi.mock('./tab-store', () => ({
  readTab: async (tabId: number) => {
    if (tabId === 99) throw new Error('session storage failed');
    return stored[tabId];
  },
}));

const { popupStart, readPopupStartTab } = await import('./popup-start');

describe('readPopupStartTab', () => {
  it('takes a tab id and refuses anything else', () => {
    expect(readPopupStartTab({ tabId: 0 })).toBe(0);
    expect(readPopupStartTab({ tabId: 12 })).toBe(12);
    for (const data of [undefined, null, {}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '3' }, { tabId: Number.MAX_SAFE_INTEGER + 1 }, { tabId: Number.NaN }]) {
      expect(readPopupStartTab(data)).toBeUndefined();
    }
  });
});

describe('popupStart', () => {
  beforeEach(() => {
    stored = {};
  });

  it('hands over the packs and the counts the background stored for the tab', async () => {
    stored[7] = { url: 'https://news.example/', frames: { 0: { documentId: 'd', counts: { 'p/a': 2, 'p/b': 1 }, total: 3, capped: false } } };
    const answer = await popupStart(7);
    expect(answer.packs).toBe(packs);
    expect(answer.counts).toEqual({ 'p/a': 2, 'p/b': 1 });
  });

  it('answers no counts for a tab without a record, without a tab, or when the record cannot be read', async () => {
    expect(await popupStart(8)).toEqual({ packs, counts: {} });
    expect(await popupStart(undefined)).toEqual({ packs, counts: {} });
    expect(await popupStart(99)).toEqual({ packs, counts: {} });
  });
});
