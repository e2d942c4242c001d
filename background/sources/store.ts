// The extension's one library of sources, over the browser's IndexedDB, and what other background modules use.
import type { ContextPack } from '../../core/pack/schema';
import type { SourceRecord } from '../../core/sources/types';
import { getPacks } from '../packs';
import { openSourcesDb } from './db';
import type { CreateDraftInput } from './drafts';
import { SourceLibrary } from './library';

let db: Promise<IDBDatabase> | null = null;

export const library = new SourceLibrary({
  db: () => {
    // Erased elsewhere: forget the connection and what was read.
    db ??= openSourcesDb(indexedDB, () => {
      db = null;
      library.changed();
    });
    db.catch(() => (db = null));
    return db;
  },
  curated: (): Promise<ContextPack[]> => getPacks(),
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  warn: (message) => console.warn(message),
});

/** The enabled sources the reader keeps, validated: for cards and the popup. */
export function enabledSources(): Promise<SourceRecord[]> {
  return library.enabled();
}

/** Makes a draft of an extracted page (the glue between extractTab and the review page). */
export function createDraft(input: CreateDraftInput): Promise<{ ok: true; draftId: string } | { ok: false; reason: string }> {
  return library.drafts.create(input);
}
