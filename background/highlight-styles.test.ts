import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';

vi.mock('wxt/browser', () => ({ browser: {} }));
vi.mock('./settings/store', () => ({ loadSettings: async () => DEFAULT_SETTINGS }));

const { HighlightStyles, highlightCss, readStylesRequest, HIGHLIGHT_NAME } = await import('./highlight-styles');
type RecordStore = import('./highlight-styles').RecordStore;

const MENTION = 'abcdefghijklmnopqrst';
const FOCUS = 'tsrqponmlkjihgfedcba';
const ORIGIN = 'chrome-extension://ext/';
const frame = (tabId: number, frameId: number, url = 'https://news.example/story') => ({ tab: { id: tabId }, frameId, url });

function setup(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const calls: { op: 'insert' | 'remove'; tabId: number; frameIds: number[]; css: string }[] = [];
  const inserted = new Map<string, string[]>();
  const keyOf = (tabId: number, frameId: number) => `${tabId}/${frameId}`;
  const api = {
    insertCSS: async ({ target, css }: { target: { tabId: number; frameIds: number[] }; css: string }) => {
      calls.push({ op: 'insert', ...target, css });
      const k = keyOf(target.tabId, target.frameIds[0]!);
      inserted.set(k, [...(inserted.get(k) ?? []), css]);
    },
    removeCSS: async ({ target, css }: { target: { tabId: number; frameIds: number[] }; css: string }) => {
      calls.push({ op: 'remove', ...target, css });
      const k = keyOf(target.tabId, target.frameIds[0]!);
      inserted.set(k, (inserted.get(k) ?? []).filter((c) => c !== css));
    },
  };
  const records = new Map<number, unknown>();
  const store: RecordStore = {
    get: async (tabId) => structuredClone(records.get(tabId)) as never,
    set: async (tabId, record) => void records.set(tabId, structuredClone(record)),
    remove: async (tabId) => void records.delete(tabId),
    tabIds: async () => [...records.keys()],
  };
  const styles = new HighlightStyles(api, store, async () => settings, ORIGIN);
  return {
    styles,
    calls,
    records,
    /** The stylesheets a frame has now. */
    sheets: (tabId: number, frameId: number) => inserted.get(keyOf(tabId, frameId)) ?? [],
    setSettings: (patch: Partial<Settings>) => (settings = { ...settings, ...patch }),
    settings: () => settings,
  };
}

describe('highlight names and the stylesheet', () => {
  it('accepts only 20 lowercase letters as a name, so nothing but an identifier reaches the CSS', () => {
    expect(HIGHLIGHT_NAME.test(MENTION)).toBe(true);
    for (const bad of ['cc-mention', 'abcdefghijklmnopqrs', 'abcdefghijklmnopqrstu', 'ABCDEFGHIJKLMNOPQRST', 'abcdefghij){}*{x:y}(', 'abcdefghijklmnopqrs\n', '']) {
      expect(readStylesRequest({ mention: bad, focus: FOCUS, on: true }), bad).toBeNull();
      expect(readStylesRequest({ mention: MENTION, focus: bad, on: true }), bad).toBeNull();
    }
    expect(readStylesRequest({ mention: MENTION, focus: MENTION, on: true })).toBeNull();
    expect(readStylesRequest({ mention: MENTION, focus: FOCUS, on: 'yes' })).toBeNull();
    expect(readStylesRequest(null)).toBeNull();
    expect(readStylesRequest({ mention: MENTION, focus: FOCUS, on: false })).toEqual({ mention: MENTION, focus: FOCUS, on: false });
    expect(() => highlightCss({ mention: 'x){}', focus: FOCUS }, DEFAULT_SETTINGS)).toThrow();
  });

  it('builds the rules of the reader look for exactly the two names, with forced colours and print', () => {
    const css = highlightCss({ mention: MENTION, focus: FOCUS }, DEFAULT_SETTINGS);
    expect(css).toContain(`::highlight(${MENTION}) { background-color: rgb(255 200 0 / 0.32); text-decoration: underline 2px rgb(214 150 0 / 0.9); }`);
    expect(css).toContain(`::highlight(${FOCUS}) { background-color: rgb(255 140 0 / 0.55)`);
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).toContain('@media print');
    expect(css).not.toContain('cc-');
    expect([...css.matchAll(/::highlight\(([^)]*)\)/g)].map((m) => m[1])).toEqual([MENTION, FOCUS, MENTION, FOCUS, MENTION, FOCUS]);
    const blue = highlightCss({ mention: MENTION, focus: FOCUS }, { highlightStyle: 'underline', highlightColor: 'blue' });
    expect(blue).toContain(`::highlight(${MENTION}) { text-decoration: underline 2px rgb(40 110 230); }`);
    expect(blue).not.toContain('rgb(255 200 0');
  });
});

describe('HighlightStyles', () => {
  it('inserts into the asking frame only, once, and removes the same text when the last mention goes', async () => {
    const t = setup();
    expect(await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(7, 3))).toEqual({ ok: true });
    expect(await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(7, 3))).toEqual({ ok: true });
    expect(t.calls.map((c) => [c.op, c.tabId, c.frameIds])).toEqual([['insert', 7, [3]]]);
    expect(t.sheets(7, 3)).toEqual([highlightCss({ mention: MENTION, focus: FOCUS }, t.settings())]);
    expect(t.sheets(7, 0)).toEqual([]);
    expect(await t.styles.request({ mention: MENTION, focus: FOCUS, on: false }, frame(7, 3))).toEqual({ ok: true });
    expect(t.calls.at(-1)).toMatchObject({ op: 'remove', tabId: 7, frameIds: [3], css: t.calls[0]!.css });
    expect(t.sheets(7, 3)).toEqual([]);
    expect(t.records.has(7)).toBe(false);
  });

  it('swaps the sheet when the look changes, removing the old text first', async () => {
    const t = setup();
    await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(1, 0));
    t.setSettings({ highlightStyle: 'underline', highlightColor: 'pink' });
    await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(1, 0));
    expect(t.calls.map((c) => c.op)).toEqual(['insert', 'remove', 'insert']);
    expect(t.sheets(1, 0)).toEqual([highlightCss({ mention: MENTION, focus: FOCUS }, { highlightStyle: 'underline', highlightColor: 'pink' })]);
  });

  it('refuses styles while paused or on a site turned off, whatever the frame asks', async () => {
    const paused = setup({ paused: true });
    expect(await paused.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(1, 0))).toEqual({ ok: false });
    expect(paused.calls).toEqual([]);
    const off = setup({ disabledSites: ['news.example'] });
    expect(await off.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(1, 0))).toEqual({ ok: false });
    expect(await off.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(1, 0, 'https://other.example/'))).toEqual({ ok: true });
    expect(off.calls.map((c) => c.op)).toEqual(['insert']);
  });

  it('answers only a content script of a tab: no tab, no frame id, an extension page or a bad request insert nothing', async () => {
    const t = setup();
    const ok = { mention: MENTION, focus: FOCUS, on: true };
    expect(await t.styles.request(ok, { frameId: 0, url: 'https://news.example/' })).toEqual({ ok: false });
    expect(await t.styles.request(ok, { tab: { id: 1 }, url: 'https://news.example/' })).toEqual({ ok: false });
    expect(await t.styles.request(ok, { tab: { id: 1 }, frameId: 0, url: `${ORIGIN}popup.html` })).toEqual({ ok: false });
    expect(await t.styles.request(ok, { tab: { id: 1 }, frameId: 0 })).toEqual({ ok: false });
    expect(await t.styles.request({ ...ok, mention: '*{}x' }, frame(1, 0))).toEqual({ ok: false });
    expect(t.calls).toEqual([]);
  });

  it('keeps each document of a frame apart and removes the paused ones after a settings change', async () => {
    const t = setup();
    const other = 'qwertyuiopasdfghjklz';
    await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(2, 0));
    await t.styles.request({ mention: other, focus: FOCUS, on: true }, frame(2, 5, 'https://ads.example/frame'));
    await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(3, 0, 'https://ads.example/'));
    expect(t.calls.filter((c) => c.op === 'insert')).toHaveLength(3);
    // The ads site turned off: its two frames lose their styles, the news page keeps its own.
    t.setSettings({ disabledSites: ['ads.example'] });
    await t.styles.settingsChanged(t.settings());
    expect(t.sheets(2, 0)).toHaveLength(1);
    expect(t.sheets(2, 5)).toEqual([]);
    expect(t.sheets(3, 0)).toEqual([]);
    // Paused: every frame's styles go, and nothing is left to remove.
    t.setSettings({ paused: true });
    await t.styles.settingsChanged(t.settings());
    expect(t.sheets(2, 0)).toEqual([]);
    expect(t.records.size).toBe(0);
    // A request that arrives after that inserts nothing while paused.
    expect(await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(2, 0))).toEqual({ ok: false });
    expect(t.sheets(2, 0)).toEqual([]);
  });

  it('serialises concurrent requests of one frame: the last word wins and no sheet is left behind', async () => {
    const t = setup();
    const asks = [true, false, true, false, true, false].map((on) => t.styles.request({ mention: MENTION, focus: FOCUS, on }, frame(4, 0)));
    await Promise.all(asks);
    expect(t.sheets(4, 0)).toEqual([]);
    await Promise.all([true, false, true].map((on) => t.styles.request({ mention: MENTION, focus: FOCUS, on }, frame(4, 0))));
    expect(t.sheets(4, 0)).toHaveLength(1);
  });

  it('forgets a closed tab', async () => {
    const t = setup();
    await t.styles.request({ mention: MENTION, focus: FOCUS, on: true }, frame(9, 0));
    await t.styles.forgetTab(9);
    expect(t.records.has(9)).toBe(false);
  });
});
