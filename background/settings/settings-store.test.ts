// The background's settings store as shipped, over fake-indexeddb and an in-memory storage.local.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, toStored, type Settings } from '../../core/settings/settings';
import { openListsDb, readLists, writeLists } from './lists-db';
import { SETTINGS_KEY, SettingsStore, type SettingsStoreDeps } from './settings-store';

let factory: IDBFactory;
let local: Record<string, unknown>;
let notified: string[][];
let warnings: unknown[];
let failLocalSet: number;

function makeStore(overrides: Partial<SettingsStoreDeps> = {}): SettingsStore {
  let db: Promise<IDBDatabase> | null = null;
  return new SettingsStore({
    local: {
      get: async (key) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
      set: async (items) => {
        if (failLocalSet-- > 0) throw new Error('the browser stopped');
        Object.assign(local, structuredClone(items));
      },
    },
    db: () => (db ??= openListsDb(factory, () => void (db = null))),
    notify: async (sites) => void notified.push([...sites].sort()),
    warn: (_m, detail) => void warnings.push(detail),
    ...overrides,
  });
}

const oldItem = (lists: Partial<Settings>) => toStored({ ...DEFAULT_SETTINGS, highlightColor: 'blue', ...lists });
const listsInDb = async () => readLists(await openListsDb(factory));

beforeEach(() => {
  factory = new IDBFactory();
  local = {};
  notified = [];
  warnings = [];
  failLocalSet = 0;
});

describe('moving the lists out of storage.local', () => {
  it('moves stored lists to IndexedDB and leaves storage.local with the look only', async () => {
    local[SETTINGS_KEY] = oldItem({ disabledSites: ['bank.example', 'news.example'], mutedTerms: { 'news.example': ['camps'] } });
    const settings = await makeStore().load();
    expect(settings.disabledSites).toEqual(['bank.example', 'news.example']);
    expect(settings.mutedTerms).toEqual({ 'news.example': ['cnn-2018-uk-xinjiang/camps'] });
    expect(settings.highlightColor).toBe('blue');
    expect(await listsInDb()).toEqual({ disabledSites: ['bank.example', 'news.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    expect(Object.keys(local[SETTINGS_KEY] as object).sort()).not.toContain('disabledSites');
    expect(local[SETTINGS_KEY]).not.toHaveProperty('mutedTerms');
    expect(JSON.stringify(local)).not.toMatch(/bank|news|camps/);
    expect((local[SETTINGS_KEY] as Settings).highlightColor).toBe('blue');
  });

  it('repairs entry by entry on the way: a bad entry is dropped and reported, the rest kept', async () => {
    local[SETTINGS_KEY] = { ...oldItem({}), disabledSites: ['Bank.Example.', 'not a host!', 'my_host.test'], mutedTerms: { 'news.example': ['camps', 42], '': ['x'] } };
    const settings = await makeStore().load();
    expect(settings.disabledSites).toEqual(['bank.example', 'my_host.test']);
    expect(settings.mutedTerms).toEqual({ 'news.example': ['cnn-2018-uk-xinjiang/camps'] });
    expect(warnings).toHaveLength(1);
    expect(await listsInDb()).toEqual({ disabledSites: ['bank.example', 'my_host.test'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
  });

  it('reads the bare term ids of versions before keys as terms of the one pack shipped then', async () => {
    local[SETTINGS_KEY] = oldItem({ mutedTerms: { 'news.example': ['camps', 'fixture-harbour-2020/cerd'] } });
    const settings = await makeStore().load();
    expect(settings.mutedTerms).toEqual({ 'news.example': ['cnn-2018-uk-xinjiang/camps', 'fixture-harbour-2020/cerd'] });
    expect(await listsInDb()).toEqual({ disabledSites: [], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps', 'fixture-harbour-2020/cerd'] } });
  });

  it('moves a version 1 item (muted terms as "host|term" pairs)', async () => {
    local[SETTINGS_KEY] = { version: 1, disabledSites: ['a.example'], mutedPairs: ['b.example|camps'], hoverDelay: 0.5 };
    const settings = await makeStore().load();
    expect(settings).toMatchObject({ disabledSites: ['a.example'], mutedTerms: { 'b.example': ['cnn-2018-uk-xinjiang/camps'] }, hoverDelayMs: 500 });
    expect(await listsInDb()).toEqual({ disabledSites: ['a.example'], mutedTerms: { 'b.example': ['cnn-2018-uk-xinjiang/camps'] } });
    expect(local[SETTINGS_KEY]).not.toHaveProperty('mutedPairs');
    expect(local[SETTINGS_KEY]).not.toHaveProperty('disabledSites');
  });

  it('loses nothing when the browser stops after the database write and before storage.local is cleaned', async () => {
    local[SETTINGS_KEY] = oldItem({ disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['camps'] } });
    failLocalSet = 1;
    await expect(makeStore().load()).rejects.toThrow('the browser stopped');
    expect(local[SETTINGS_KEY]).toHaveProperty('disabledSites'); // still there
    const settings = await makeStore().load(); // the next start finishes the move
    expect(settings).toMatchObject({ disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    expect(local[SETTINGS_KEY]).not.toHaveProperty('disabledSites');
  });

  it('loses nothing when the database cannot be written: storage.local keeps the lists', async () => {
    local[SETTINGS_KEY] = oldItem({ disabledSites: ['bank.example'] });
    await expect(makeStore({ db: () => Promise.reject(new Error('no IndexedDB')) }).load()).rejects.toThrow('no IndexedDB');
    expect((local[SETTINGS_KEY] as Settings).disabledSites).toEqual(['bank.example']);
    expect((await makeStore().load()).disabledSites).toEqual(['bank.example']);
  });

  it('does not let an unreadable stored list replace a good one in the database', async () => {
    await writeLists(await openListsDb(factory), { disabledSites: ['bank.example'] });
    local[SETTINGS_KEY] = { ...oldItem({}), disabledSites: 'garbage' };
    expect((await makeStore().load()).disabledSites).toEqual(['bank.example']);
    expect(local[SETTINGS_KEY]).not.toHaveProperty('disabledSites');
  });

  it('starts empty, and writes nothing, when nothing was stored', async () => {
    expect(await makeStore().load()).toEqual(DEFAULT_SETTINGS);
    expect(local).toEqual({});
  });
});

describe('changing the settings', () => {
  it('writes lists to IndexedDB only, and tells the sites whose entries changed', async () => {
    const store = makeStore();
    await store.update({ disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['camps'] } });
    expect(notified).toEqual([['bank.example', 'news.example']]);
    await store.update((s) => ({ ...s, disabledSites: [...s.disabledSites, 'clinic.example'] }));
    expect(notified[1]).toEqual(['clinic.example']);
    expect(JSON.stringify(local)).not.toMatch(/bank|news|clinic|camps/);
    expect(await listsInDb()).toEqual({ disabledSites: ['bank.example', 'clinic.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
  });

  it('keeps the look in storage.local and tells no frame of a look change', async () => {
    const store = makeStore();
    await store.update({ highlightColor: 'green', hoverDelayMs: 800 });
    expect(local[SETTINGS_KEY]).toMatchObject({ highlightColor: 'green', hoverDelayMs: 800 });
    expect(notified).toEqual([]);
    expect((await makeStore().load()).highlightColor).toBe('green');
  });

  it('runs one change at a time: concurrent mutes on two sites both stay', async () => {
    const store = makeStore();
    const mute = (site: string, id: string) => store.update((s) => ({ ...s, mutedTerms: { ...s.mutedTerms, [site]: [id] } }));
    await Promise.all([mute('a.example', 'camps'), mute('b.example', 'uyghurs'), store.update({ paused: true })]);
    expect(await makeStore().load()).toMatchObject({ paused: true, mutedTerms: { 'a.example': ['cnn-2018-uk-xinjiang/camps'], 'b.example': ['cnn-2018-uk-xinjiang/uyghurs'] } });
  });

  it('validates what it stores: an invalid field keeps its default', async () => {
    const settings = await makeStore().update({ hoverDelayMs: -5 } as Partial<Settings>);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});
