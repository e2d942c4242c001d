// The lists that reveal the reader's browsing (disabled sites, muted terms) live in their own IndexedDB
// database of the extension's origin, which content scripts cannot open (docs/decisions/006-private-lists.md).
import { repairMuted, repairSites, type DroppedEntry } from '../../core/settings/repair';
import { done, inTransaction, openDatabase } from '../sources/db';

export const LISTS_DB_NAME = 'context-cards-private';
/** IndexedDB's own version: the object stores. */
export const LISTS_DB_VERSION = 1;
const STORE = 'lists';

/** The private lists, as the settings carry them. */
export interface PrivateLists {
  disabledSites: string[];
  mutedTerms: Record<string, string[]>;
}
export type ListName = keyof PrivateLists;
export const LIST_NAMES: readonly ListName[] = ['disabledSites', 'mutedTerms'];

/** Opens (and on first use creates) the database; `onClosed` runs when another context deletes it. */
export function openListsDb(factory: IDBFactory, onClosed: () => void = () => undefined): Promise<IDBDatabase> {
  return openDatabase(factory, LISTS_DB_NAME, LISTS_DB_VERSION, 'the private lists', onClosed, (db, oldVersion) => {
    // One record per list, keyed by its name: each list is written whole, in one transaction with the other.
    if (oldVersion < 1) db.createObjectStore(STORE);
  });
}

/** Reads both lists, repaired entry by entry (a record is storage, so it is validated like any other). */
export async function readLists(db: IDBDatabase, dropped: DroppedEntry[] = []): Promise<PrivateLists> {
  const [sites, muted] = await inTransaction(db, [STORE], 'readonly', async (tx) => {
    const store = tx.objectStore(STORE);
    return Promise.all([done(store.get('disabledSites')), done(store.get('mutedTerms'))]);
  });
  return {
    disabledSites: sites === undefined ? [] : (repairSites(sites, dropped) ?? []),
    mutedTerms: muted === undefined ? {} : (repairMuted(muted, dropped) ?? {}),
  };
}

/** Writes the lists given (whole), both in one transaction; resolves once it has committed. */
export async function writeLists(db: IDBDatabase, lists: Partial<PrivateLists>): Promise<void> {
  await inTransaction(db, [STORE], 'readwrite', async (tx) => {
    const store = tx.objectStore(STORE);
    await Promise.all(LIST_NAMES.filter((name) => lists[name] !== undefined).map((name) => done(store.put(lists[name], name))));
  });
}

/** Deletes the database (the options page's "erase everything"). Open connections close first. */
export function deleteListsDb(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(LISTS_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB: the private lists were not deleted'));
  });
}
