// Mutation survivors of background/settings/settings-store.ts (docs/mutation/survivors.md): when a load
// rewrites storage.local, when it warns, what a change writes, and a stored item that is not an object.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, toStoredPublic } from '../../core/settings/settings';
import { done, inTransaction } from '../sources/db';
import { openListsDb, readLists, writeLists } from './lists-db';
import { SETTINGS_KEY, SettingsStore } from './settings-store';

let factory: IDBFactory;
let local: Record<string, unknown>;
let localWrites: unknown[];
let warnings: unknown[];
let messages: string[];

/** A list as the database holds it, before any repair on reading. */
async function rawList(name: string): Promise<unknown> {
  const db = await openListsDb(factory);
  return inTransaction(db, ['lists'], 'readonly', async (tx) => done(tx.objectStore('lists').get(name)));
}

function makeStore(): SettingsStore {
  let db: Promise<IDBDatabase> | null = null;
  return new SettingsStore({
    local: {
      get: async (key) => (key in local ? { [key]: structuredClone(local[key]) } : {}),
      set: async (items) => {
        localWrites.push(structuredClone(items));
        Object.assign(local, structuredClone(items));
      },
    },
    db: () => (db ??= openListsDb(factory, () => void (db = null))),
    notify: async () => undefined,
    warn: (message, detail) => {
      messages.push(message);
      warnings.push(detail);
    },
  });
}

beforeEach(() => {
  factory = new IDBFactory();
  local = {};
  localWrites = [];
  warnings = [];
  messages = [];
});

describe('loading the settings, at the edges', () => {
  it('leaves a current, clean item in storage.local alone and warns of nothing', async () => {
    local[SETTINGS_KEY] = toStoredPublic({ ...DEFAULT_SETTINGS, highlightColor: 'blue' });
    expect((await makeStore().load()).highlightColor).toBe('blue');
    expect(localWrites).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('rewrites an item of an older version even when it held no lists and nothing was repaired', async () => {
    local[SETTINGS_KEY] = { version: 1, highlightColor: 'blue', hoverDelay: 0.5 };
    expect(await makeStore().load()).toMatchObject({ highlightColor: 'blue', hoverDelayMs: 500 });
    expect(localWrites).toHaveLength(1);
    expect(local[SETTINGS_KEY]).toMatchObject({ version: SETTINGS_VERSION, hoverDelayMs: 500 });
  });

  it('reads a stored null, string or list as the defaults, without failing', async () => {
    for (const stored of [null, 'settings', [1, 2]]) {
      local = { [SETTINGS_KEY]: stored };
      expect(await makeStore().load(), JSON.stringify(stored)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('moves only the lists an item holds: a version 1 item with muted pairs leaves the disabled sites alone', async () => {
    await writeLists(await openListsDb(factory), { disabledSites: ['bank.example'] });
    local[SETTINGS_KEY] = { version: 1, mutedPairs: ['news.example|camps'] };
    expect(await makeStore().load()).toMatchObject({ disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    expect((await readLists(await openListsDb(factory))).disabledSites).toEqual(['bank.example']);
  });

  it('repairs a bad entry found in the database, says which, and writes the repaired lists back', async () => {
    local[SETTINGS_KEY] = toStoredPublic(DEFAULT_SETTINGS);
    await writeLists(await openListsDb(factory), { disabledSites: ['bank.example', 'not a host!'] });
    expect((await makeStore().load()).disabledSites).toEqual(['bank.example']);
    expect(warnings).toEqual([{ resetFields: [], dropped: [expect.objectContaining({ field: 'disabledSites' })] }]);
    expect(messages).toEqual(['Context Cards: settings repaired']);
    expect(await rawList('disabledSites')).toEqual(['bank.example']);
    expect(localWrites).toEqual([]);
  });
});

describe('changing the settings, at the edges', () => {
  it('writes nothing to storage.local when only a list changed', async () => {
    local[SETTINGS_KEY] = toStoredPublic(DEFAULT_SETTINGS);
    await makeStore().update({ disabledSites: ['bank.example'] });
    expect(localWrites).toEqual([]);
    expect((await readLists(await openListsDb(factory))).disabledSites).toEqual(['bank.example']);
  });
});
