// The private lists' database (background/settings/lists-db.ts) over fake-indexeddb: its name and store
// stay what earlier versions created (a new name would lose every reader's lists), and erasing deletes it.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { done, inTransaction } from '../sources/db';
import { LISTS_DB_NAME, LISTS_DB_VERSION, deleteListsDb, openListsDb, readLists, writeLists } from './lists-db';

describe('the private lists database', () => {
  it('keeps the name and the store that version 1 created', async () => {
    const factory = new IDBFactory();
    const db = await openListsDb(factory);
    expect(db.name).toBe('context-cards-private');
    expect(db.version).toBe(LISTS_DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(['lists']);
    db.close();
  });

  it('reads lists written by an earlier session, each list under its own name', async () => {
    const factory = new IDBFactory();
    const first = await openListsDb(factory);
    await writeLists(first, { disabledSites: ['bank.example'] });
    await writeLists(first, { mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    first.close();
    const again = await openListsDb(factory);
    expect(await readLists(again)).toEqual({ disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    again.close();
  });

  it('erases everything: after deleteListsDb the lists are empty again', async () => {
    const factory = new IDBFactory();
    const db = await openListsDb(factory);
    await writeLists(db, { disabledSites: ['bank.example'], mutedTerms: { 'news.example': ['cnn-2018-uk-xinjiang/camps'] } });
    db.close();
    await deleteListsDb(factory);
    expect((await factory.databases()).map((d) => d.name)).not.toContain(LISTS_DB_NAME);
    const fresh = await openListsDb(factory);
    expect(await readLists(fresh)).toEqual({ disabledSites: [], mutedTerms: {} });
    fresh.close();
  });

  it('says so when the database cannot be deleted', async () => {
    const failing = {
      deleteDatabase: () => {
        const request: { onsuccess?: () => void; onerror?: () => void; error: DOMException | null } = { error: null };
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    } as unknown as IDBFactory;
    // `rejects.toThrow` would also pass on a rejection with null; the reason must be an Error that says what failed.
    const reason = await deleteListsDb(failing).then(() => 'resolved', (error: unknown) => error);
    expect(reason).toBeInstanceOf(Error);
    expect((reason as Error).message).toBe('IndexedDB: the private lists were not deleted');
  });

  it('names the private lists when the database does not open', async () => {
    const failing = {
      open: () => {
        const request: { onerror?: () => void; error: DOMException | null } = { error: null };
        queueMicrotask(() => request.onerror?.());
        return request;
      },
    } as unknown as IDBFactory;
    const reason = await openListsDb(failing).then(() => 'opened', (error: unknown) => error);
    expect((reason as Error).message).toBe('IndexedDB: the private lists did not open');
  });

  it('reads a record of the wrong shape as an empty list', async () => {
    const factory = new IDBFactory();
    const db = await openListsDb(factory);
    await inTransaction(db, ['lists'], 'readwrite', async (tx) => {
      await done(tx.objectStore('lists').put('bank.example', 'disabledSites'));
      await done(tx.objectStore('lists').put(['news.example'], 'mutedTerms'));
    });
    expect(await readLists(db)).toEqual({ disabledSites: [], mutedTerms: {} });
    db.close();
  });
});
