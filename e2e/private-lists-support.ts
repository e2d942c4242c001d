// The settings as the background keeps them: the look in storage.local, the lists that reveal the reader's
// browsing in the extension's IndexedDB (background/settings/lists-db.ts). Read from an extension context.

/** Extension context: the stored settings item with the private lists put back in, as the options page
 * sees them. Self-contained (it is serialised). */
export async function storedSettingsWithLists(): Promise<Record<string, any> | undefined> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const local = (await api.storage.local.get('settings')).settings;
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    // Version 1 and its store, as the background creates them, in case this runs before the background did.
    const request = indexedDB.open('context-cards-private', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('lists');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const read = (key: string) =>
    new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('lists').objectStore('lists').get(key);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [disabledSites, mutedTerms] = [await read('disabledSites'), await read('mutedTerms')];
  db.close();
  if (local === undefined && disabledSites === undefined && mutedTerms === undefined) return undefined;
  // Lists still in storage.local (a test wrote them there) are what the background moves in on its next read.
  return { ...local, disabledSites: local?.disabledSites ?? disabledSites ?? [], mutedTerms: local?.mutedTerms ?? mutedTerms ?? {} };
}
