import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readerPack } from '../core/sources/test-source';
import type { SourceRecord } from '../core/sources/types';
import 'fake-indexeddb/auto';
import { DEFAULT_SETTINGS, toStored } from '../core/settings/settings';
import { minimalPack } from '../core/pack/test-pack';

// The handlers as shipped; only the browser, storage and clipboard around them are stand-ins.
const copied: { text: string; html?: string }[] = [];
const created: string[] = [];
// The settings item in storage.local; lists written there move to the (fake) IndexedDB on the next read.
let stored: unknown = toStored(DEFAULT_SETTINGS);

vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'ext', getURL: (p: string) => `ext://id${p}`, sendMessage: async () => undefined },
    tabs: { create: async ({ url }: { url: string }) => void created.push(url), sendMessage: async () => undefined },
    storage: {
      local: { get: async () => ({ settings: stored }), set: async (items: { settings: unknown }) => void (stored = items.settings) },
      session: { get: async () => ({}), set: async () => undefined },
      onChanged: { addListener: () => undefined },
    },
  },
}));
// The installed packs are read with fetch (the index, then each pack): the minimal one, and a second pack
// when a test installs it (its term of the same id matches another word).
const second = (() => {
  const pack = minimalPack();
  pack.id = 'second-pack';
  pack.terms[0]!.label = 'Second widget';
  pack.terms[0]!.variants = [{ text: 'gizmo', lang: 'en', inflection: 'en' }];
  pack.quotes[0]!.text = 'the gizmo works';
  return pack;
})();
let installed = ['test-pack'];
vi.stubGlobal('fetch', async (url: string) => {
  if (url.endsWith('/packs/index.json')) return new Response(JSON.stringify({ packs: installed }));
  return new Response(JSON.stringify(url.endsWith('/second-pack.json') ? second : minimalPack()));
});
vi.mock('./clipboard-relay', () => ({
  copyFromBackground: async (text: string, html?: string) => {
    copied.push({ text, html });
    return true;
  },
}));

const extracted: number[] = [];
vi.mock('./extract-tab', () => ({
  extractTab: async (tabId: number) => {
    extracted.push(tabId);
    return { ok: false, code: 'test', message: 'stand-in' };
  },
}));

// The reader's library (IndexedDB, tested in background/sources): the enabled records it would give.
const mySources: SourceRecord[] = [];
vi.mock('./sources/store', () => ({ library: {}, enabledSources: async () => mySources.filter((r) => r.enabled) }));

const revealed: [number, string][] = [];
vi.mock('./reveal-passage', () => ({
  revealPassage: async (tabId: number, text: string) => {
    revealed.push([tabId, text]);
    return true;
  },
}));

const { backgroundHandlers, BACKGROUND_TYPES } = await import('./message-handlers');
const { reloadPacks } = await import('./packs');

const tab = (id: number, url = 'https://news.example/story') => ({ id: 'ext', url, tab: { id, index: 0 } }) as never;
const termId = minimalPack().terms[0]!.id;
const packId = 'test-pack';
const termKey = `${packId}/${termId}`;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] }); // not the timers: fake-indexeddb runs on them
  vi.advanceTimersByTime(60_000); // every limiter's window is over
  copied.length = 0;
  created.length = 0;
  stored = toStored(DEFAULT_SETTINGS);
});

describe('copying from a frame', () => {
  it('has no free-text copy message', () => {
    expect(BACKGROUND_TYPES).not.toContain('copy');
    expect((backgroundHandlers as Record<string, unknown>).copy).toBeUndefined();
  });

  it('copies only what the extension builds from its packs, by id', async () => {
    expect(await backgroundHandlers.copyCard({ termId }, tab(1))).toEqual({ ok: true });
    expect(copied).toHaveLength(1);
    expect(copied[0]!.text).toContain(minimalPack().source.title);
  });

  it('refuses free text and unknown ids, and writes nothing', async () => {
    expect(await backgroundHandlers.copyCard({ text: 'pwned', html: '<b>pwned</b>' }, tab(2))).toEqual({ ok: false });
    expect(await backgroundHandlers.copyCard({ termId: 'no-such-term' }, tab(2))).toEqual({ ok: false });
    expect(copied).toEqual([]);
  });

  it('allows a few copies a second per tab', async () => {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await backgroundHandlers.copyCard({ termId }, tab(3))).ok);
    expect(answers).toEqual([true, true, true, false, false]);
    expect((await backgroundHandlers.copyCard({ termId }, tab(4))).ok).toBe(true); // another tab has its own count
    vi.advanceTimersByTime(1000);
    expect((await backgroundHandlers.copyCard({ termId }, tab(3))).ok).toBe(true);
    expect(copied).toHaveLength(5);
  });
});

describe('opening the full context from a frame', () => {
  it('opens at most three tabs in ten seconds per tab', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await backgroundHandlers.openContext({ termId }, tab(5))).ok);
    expect(answers).toEqual([true, true, true, false, false, false]);
    expect(created).toHaveLength(3);
    vi.advanceTimersByTime(10_000);
    expect((await backgroundHandlers.openContext({ termId }, tab(5))).ok).toBe(true);
  });

  it('opens the full context at the term by its pack and id', async () => {
    await backgroundHandlers.openContext({ packId, termId }, tab(9));
    await backgroundHandlers.openContext({ termId }, tab(10));
    expect(created).toEqual(['ext://id/popup.html?view=full&tab=9#term=test-pack/widget', 'ext://id/popup.html?view=full&tab=10']);
  });
});

describe('two packs with a term of the same id', () => {
  beforeEach(() => {
    installed = ['test-pack', 'second-pack'];
    reloadPacks();
    return () => {
      installed = ['test-pack'];
      reloadPacks();
    };
  });

  it('plans both packs\' terms under their keys and labels each', async () => {
    const answer = await backgroundHandlers.getPlan({}, tab(7));
    expect(answer.labels).toEqual({ 'test-pack/widget': 'Widget', 'second-pack/widget': 'Second widget' });
    const { matcherFromPlan } = await import('../core/match/matcher-from-plan');
    const { isMatcherPlan } = await import('../core/match/matcher-plan');
    expect(isMatcherPlan(answer.plan)).toBe(true);
    const found = matcherFromPlan(answer.plan as never).find('a widget and a gizmo');
    expect(found.map((m) => m.termId)).toEqual(['test-pack/widget', 'second-pack/widget']);
  });

  it('answers each card from the pack its term belongs to', async () => {
    const mine = await backgroundHandlers.termContent({ packId, termId }, tab(7));
    const theirs = await backgroundHandlers.termContent({ packId: 'second-pack', termId }, tab(7));
    expect([mine?.label, mine?.sources.map((s) => s.source.id)]).toEqual(['Widget', ['test-pack']]);
    expect([theirs?.label, theirs?.sources[0]?.source.id, theirs?.sources[0]?.quotes.map((q) => q.text)]).toEqual(['Second widget', 'second-pack', ['the gizmo works']]);
  });

  it('copies the citation of the term\'s own pack, and refuses a bare term id two packs define', async () => {
    const strings = await backgroundHandlers.cardCopy({ packId: 'second-pack', termId, quoteId: 'q-one' }, tab(7));
    expect(strings?.text).toContain('the gizmo works');
    expect(await backgroundHandlers.cardCopy({ termId, quoteId: 'q-one' }, tab(7))).toBeNull();
  });

  it('mutes a term of one pack by its key', async () => {
    const site = 'news.example';
    expect(await backgroundHandlers.muteTerm({ site, termKey: 'second-pack/widget', muted: true }, tab(7, 'https://news.example/a'))).toEqual({ ok: true });
    expect((await backgroundHandlers.getSettings({}, tab(7, 'https://news.example/a'))).settings.mutedTerms).toEqual({ [site]: ['second-pack/widget'] });
    expect(await backgroundHandlers.muteTerm({ site, termId, muted: true }, tab(7, 'https://news.example/a'))).toEqual({ ok: false });
  });
});

describe('settings for a frame', () => {
  it('answers each frame with its own site only', async () => {
    stored = toStored({ ...DEFAULT_SETTINGS, disabledSites: ['bank.example', 'news.example'], mutedTerms: { 'news.example': ['p/a'], 'clinic.example': ['p/b'] } });
    const news = await backgroundHandlers.getSettings({}, tab(6, 'https://news.example/story'));
    expect(news.settings.disabledSites).toEqual(['news.example']);
    expect(news.settings.mutedTerms).toEqual({ 'news.example': ['p/a'] });
    const ad = await backgroundHandlers.getSettings({}, tab(6, 'https://ads.example/frame'));
    expect(ad.settings.disabledSites).toEqual([]);
    expect(ad.settings.mutedTerms).toEqual({});
  });
});

describe('reading a tab as a source', () => {
  const page = (url: string, withTab = false) => ({ id: 'ext', url, ...(withTab ? { tab: { id: 3, index: 0 } } : {}) }) as never;

  it('answers the extension’s own pages, in a popup or a tab', async () => {
    extracted.length = 0;
    await backgroundHandlers.extractTab({ tabId: 7 }, page('ext://id/popup.html?tab=7'));
    await backgroundHandlers.extractTab({ tabId: 8 }, page('ext://id/popup.html?view=full', true));
    expect(extracted).toEqual([7, 8]);
  });

  it('refuses content scripts, other extensions and malformed requests without reading anything', async () => {
    extracted.length = 0;
    expect(await backgroundHandlers.extractTab({ tabId: 7 }, tab(7))).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await backgroundHandlers.extractTab({ tabId: 7 }, { id: 'other', url: 'ext://id/popup.html' } as never)).toMatchObject({ ok: false, code: 'not-allowed' });
    expect(await backgroundHandlers.extractTab({ tabId: 7 }, page('https://evil.example/ext://id/'))).toMatchObject({ ok: false, code: 'not-allowed' });
    for (const data of [null, {}, { tabId: -1 }, { tabId: 1.5 }, { tabId: '7' }]) {
      expect(await backgroundHandlers.extractTab(data, page('ext://id/popup.html'))).toMatchObject({ ok: false, code: 'bad-request' });
    }
    expect(extracted).toEqual([]);
  });
});

describe('showing a draft\'s passage in its tab', () => {
  const reviewPage = { id: 'ext', url: 'ext://id/review.html?draft=d1', tab: { id: 3, index: 0 } } as never;

  it('shows the passage for the review page', async () => {
    revealed.length = 0;
    expect(await backgroundHandlers.revealEvidence({ tabId: 7, start: 0, end: 9, text: 'the words' }, reviewPage)).toEqual({ ok: true });
    expect(revealed).toEqual([[7, 'the words']]);
  });

  it('refuses content scripts and malformed requests without touching a tab', async () => {
    revealed.length = 0;
    expect(await backgroundHandlers.revealEvidence({ tabId: 7, start: 0, end: 9, text: 'the words' }, tab(7))).toEqual({ ok: false });
    for (const data of [null, { tabId: 7 }, { tabId: 7, text: '' }, { tabId: -1, text: 'x' }, { tabId: 7, text: 'x'.repeat(2001) }]) {
      expect(await backgroundHandlers.revealEvidence(data, reviewPage)).toEqual({ ok: false });
    }
    expect(revealed).toEqual([]);
  });
});

describe('the reader\'s sources on cards', () => {
  it('adds an enabled source of the reader, labelled, after the curated one, and leaves out a disabled one', async () => {
    const record: SourceRecord = { id: 'news-example-a-headline', pack: readerPack(), origin: 'added' as const, pageUrl: 'https://news.example/a', addedAt: '2026-12-01T10:00:00.000Z', reviewedAt: '2026-12-02T10:00:00.000Z', enabled: true };
    mySources.push(record);
    const content = await backgroundHandlers.termContent({ packId, termId }, tab(7));
    expect(content?.sources.map((s) => [s.source.id, s.source.label])).toEqual([
      ['test-pack', { kind: 'curated' }],
      ['news-example-a-headline', { kind: 'added', reviewedAt: '2026-12-02T10:00:00.000Z' }],
    ]);
    record.enabled = false;
    const without = await backgroundHandlers.termContent({ packId, termId }, tab(7));
    expect(without?.sources.map((s) => s.source.id)).toEqual(['test-pack']);
  });
});

describe('the sources the popup shows', () => {
  const popupPage = { id: 'ext', url: 'ext://id/popup.html' } as never;

  it('answers the popup with the curated source and the reader\'s that concern its page', async () => {
    const record: SourceRecord = { id: 'mine-for-popup', pack: readerPack('mine-for-popup'), origin: 'imported' as const, pageUrl: 'https://news.example/b', addedAt: '2026-12-01T10:00:00.000Z', reviewedAt: null, enabled: true };
    mySources.push(record);
    try {
      const answer = await backgroundHandlers.popupSources({ termKeys: [termKey] }, popupPage);
      expect(answer.sources.map((s) => [s.pack.id, s.label.kind])).toEqual([['test-pack', 'curated'], ['mine-for-popup', 'imported']]);
      // A page that mentions none of the terms the source attaches to gets the curated source alone.
      expect((await backgroundHandlers.popupSources({ termKeys: [] }, popupPage)).sources.map((s) => s.pack.id)).toEqual(['test-pack']);
    } finally {
      mySources.splice(mySources.indexOf(record), 1);
    }
  });

  it('refuses content scripts, other extensions and malformed requests with no source', async () => {
    mySources.push({ id: 'private', pack: readerPack('private'), origin: 'added' as const, pageUrl: 'https://news.example/c', addedAt: '2026-12-01T10:00:00.000Z', reviewedAt: null, enabled: true });
    try {
      expect(await backgroundHandlers.popupSources({ termKeys: [termKey] }, tab(7))).toEqual({ sources: [] });
      expect(await backgroundHandlers.popupSources({ termKeys: [termKey] }, { id: 'other', url: 'ext://id/popup.html' } as never)).toEqual({ sources: [] });
      for (const data of [null, {}, { termIds: [termKey] }, { termKeys: [termId] }, { termKeys: '<img>' }, { termKeys: ['<img>'] }, { termKeys: Array.from({ length: 501 }, () => termKey) }]) {
        expect(await backgroundHandlers.popupSources(data, popupPage)).toEqual({ sources: [] });
      }
    } finally {
      mySources.pop();
    }
  });
});

describe('what frames get', () => {
  it('gives a frame the plan and the term labels, never the packs', async () => {
    const answer = await backgroundHandlers.getPlan({}, tab(7));
    expect(Object.keys(answer).sort()).toEqual(['labels', 'plan']);
    expect(answer.labels).toEqual({ 'test-pack/widget': 'Widget' });
    expect(JSON.stringify(answer)).not.toContain(minimalPack().quotes[0]!.text);
  });

  it('answers a card with its term\'s content from the enabled sources', async () => {
    const content = await backgroundHandlers.termContent({ packId, termId }, tab(7));
    expect(content?.label).toBe('Widget');
    expect(content?.sources.map((s) => [s.source.id, s.source.label.kind])).toEqual([['test-pack', 'curated']]);
    expect(content?.sources[0]!.quotes.map((q) => q.text)).toEqual(['we will see']);
  });

  it('answers null for an unknown or malformed term', async () => {
    expect(await backgroundHandlers.termContent({ packId, termId: 'no-such-term' }, tab(7))).toBeNull();
    expect(await backgroundHandlers.termContent({ packId, termId: '<img>' }, tab(7))).toBeNull();
    expect(await backgroundHandlers.termContent(null, tab(7))).toBeNull();
  });
});
