// The reader's sources live in one IndexedDB database (docs/decisions/005-sources-store.md), reached with a
// few lines of raw IndexedDB: a request becomes a promise, and a transaction's work is awaited inside it.
export const DB_NAME = 'context-cards-sources';
/** IndexedDB's own version: the object stores. The records carry their own (core/sources/record.ts). */
export const DB_VERSION = 1;

export const STORES = { sources: 'sources', drafts: 'drafts', trash: 'trash' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/** Opens (and on first use creates) the database. `onClosed` runs when another context deletes or upgrades
 * it (the options page's "erase everything"): this connection closes so that can go ahead. */
export function openSourcesDb(factory: IDBFactory, onClosed: () => void = () => undefined): Promise<IDBDatabase> {
  return openDatabase(factory, DB_NAME, DB_VERSION, 'the sources database', onClosed, (db, oldVersion) => {
    if (oldVersion < 1) {
      db.createObjectStore(STORES.sources, { keyPath: 'id' });
      db.createObjectStore(STORES.drafts, { keyPath: 'draftId' });
      db.createObjectStore(STORES.trash, { keyPath: 'undoToken' });
    }
  });
}

/** Opens one of the extension's databases, creating its stores in `upgrade`; named `what` in errors. */
export function openDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  what: string,
  onClosed: () => void,
  upgrade: (db: IDBDatabase, oldVersion: number) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
    request.onsuccess = () => {
      const db = request.result;
      // Another context deleting or upgrading the database: let it, and open again on the next use.
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB: ${what} did not open`));
    request.onblocked = () => reject(new Error(`IndexedDB: ${what} is held open by an older version`));
  });
}

export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** Runs `work` in one transaction and resolves with its result once the transaction has committed. */
export async function inTransaction<T>(db: IDBDatabase, stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, mode);
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
  let result: T;
  try {
    result = await work(tx);
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already finished: the error below is the one to report.
    }
    await committed.catch(() => undefined);
    throw e;
  }
  await committed;
  return result;
}

/** Deletes the database with everything in it (sources, drafts, the undo slot). Open connections close first. */
export function deleteSourcesDb(factory: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('IndexedDB: the sources database was not deleted'));
  });
}
