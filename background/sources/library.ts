// The reader's kept sources: read (validated, bad records skipped and reported), listed, turned off, deleted
// with undo, exported and imported. Only this module writes the database.
import type { ContextPack } from '../../core/pack/schema';
import { exportFile } from '../../core/sources/export-file';
import { readImportFile } from '../../core/sources/import-file';
import { localIsoDay } from '../../core/sources/provenance';
import { readStoredRecords } from '../../core/sources/record';
import { summarize } from '../../core/sources/summary';
import type { SourceRecord, SourceSummary } from '../../core/sources/types';
import { done, inTransaction, STORES } from './db';
import { DraftBook } from './drafts';

/** How long a deleted source can be brought back (it also goes at the next delete). */
export const UNDO_MS = 60_000;

export interface LibraryDeps {
  db: () => Promise<IDBDatabase>;
  /** The packs shipped with the extension (validated). */
  curated: () => Promise<ContextPack[]>;
  now: () => Date;
  /** A fresh random id (crypto.randomUUID). */
  newId: () => string;
  /** Where skipped records are reported. */
  warn: (message: string) => void;
}

interface TrashEntry {
  undoToken: string;
  deletedAt: number;
  record: unknown;
}

export class SourceLibrary {
  private cache: Promise<SourceRecord[]> | null = null;
  readonly drafts: DraftBook;

  constructor(private readonly deps: LibraryDeps) {
    this.drafts = new DraftBook(deps, this);
  }

  /** Every valid kept source; a record that fails validation is reported and left in place, unread. */
  records(): Promise<SourceRecord[]> {
    this.cache ??= this.deps
      .db()
      .then((db) => inTransaction(db, [STORES.sources], 'readonly', (tx) => done(tx.objectStore(STORES.sources).getAll())))
      .then((raws) => {
        const { records, skipped } = readStoredRecords(raws);
        for (const s of skipped) this.deps.warn(`Context Cards: stored source ${s.id ?? '(no id)'} skipped: ${s.reason}`);
        return records;
      });
    this.cache.catch(() => (this.cache = null));
    return this.cache;
  }

  /** Forget what was read: the next read goes to the database. */
  changed(): void {
    this.cache = null;
  }

  async list(): Promise<SourceSummary[]> {
    return (await this.records()).map(summarize);
  }

  async enabled(): Promise<SourceRecord[]> {
    return (await this.records()).filter((r) => r.enabled);
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    return (await this.records()).find((r) => r.id === id);
  }

  /** Turns a source on or off, in one transaction so a concurrent save is not undone. */
  async setEnabled(id: string, enabled: boolean): Promise<boolean> {
    const db = await this.deps.db();
    const ok = await inTransaction(db, [STORES.sources], 'readwrite', async (tx) => {
      const sources = tx.objectStore(STORES.sources);
      const raw: unknown = await done(sources.get(id));
      if (typeof raw !== 'object' || raw === null) return false;
      await done(sources.put({ ...raw, enabled }));
      return true;
    });
    this.changed();
    return ok;
  }

  /** Deletes a source, keeping it for UNDO_MS under a token; an earlier deletion can no longer be undone. */
  async delete(id: string): Promise<{ ok: boolean; undoToken: string }> {
    const db = await this.deps.db();
    const undoToken = this.deps.newId();
    const deletedAt = this.deps.now().getTime();
    const ok = await inTransaction(db, [STORES.sources, STORES.trash], 'readwrite', async (tx) => {
      const sources = tx.objectStore(STORES.sources);
      const record: unknown = await done(sources.get(id));
      if (record === undefined) return false;
      const trash = tx.objectStore(STORES.trash);
      await done(trash.clear());
      await done(trash.put({ undoToken, deletedAt, record } satisfies TrashEntry));
      await done(sources.delete(id));
      return true;
    });
    this.changed();
    return { ok, undoToken: ok ? undoToken : '' };
  }

  /** Brings back the source deleted under `undoToken`, if it is recent and its id is still free. */
  async undoDelete(undoToken: string): Promise<boolean> {
    const db = await this.deps.db();
    const now = this.deps.now().getTime();
    const ok = await inTransaction(db, [STORES.sources, STORES.trash], 'readwrite', async (tx) => {
      const trash = tx.objectStore(STORES.trash);
      const entry = (await done(trash.get(undoToken))) as TrashEntry | undefined;
      if (!entry) return false;
      await done(trash.delete(undoToken));
      if (now - entry.deletedAt > UNDO_MS) return false;
      const sources = tx.objectStore(STORES.sources);
      const id = (entry.record as { id?: unknown }).id;
      if (typeof id !== 'string' || (await done(sources.getKey(id))) !== undefined) return false;
      await done(sources.put(entry.record));
      return true;
    });
    this.changed();
    return ok;
  }

  /** One pack's file, or a bundle of the named sources (all when no ids are given), in the store's order. */
  async exportSources(ids?: readonly string[]): Promise<{ fileName: string; text: string }> {
    const wanted = ids ? new Set(ids) : null;
    const packs = (await this.records()).filter((r) => !wanted || wanted.has(r.id)).map((r) => r.pack);
    return exportFile(packs, localIsoDay(this.deps.now()));
  }

  /** Reads an untrusted file into drafts for review; nothing is kept until the reader saves each one. */
  async importSources(text: unknown): Promise<{ draftIds: string[]; refused: string[]; notes: string[] }> {
    const [curated, records] = await Promise.all([this.deps.curated(), this.records()]);
    const read = readImportFile(text, { curated, takenIds: new Set(records.map((r) => r.id)), today: localIsoDay(this.deps.now()) });
    const draftIds = await this.drafts.addMany(
      read.packs.map(({ pack, notes }) => ({ pack, notes, origin: 'imported' as const, pageUrl: pack.source.canonicalUrl ?? pack.source.url })),
    );
    return { draftIds, refused: read.refused, notes: read.notes };
  }
}
