// Drafts: sources waiting for the reader's review, kept in the same database for DRAFT_MAX_AGE_MS. Nothing
// becomes a kept source until the reader saves its draft.
import { loadPack } from '../../core/pack/load-pack';
import { isWebUrl, LIMITS, type ContextPack } from '../../core/pack/schema';
import { attachToTopic } from '../../core/sources/attach';
import { draftExpired, readStoredDraft, toStoredDraft } from '../../core/sources/draft-record';
import { NOT_VERIFIED_NOTE } from '../../core/sources/import-file';
import { localIsoDay, notVerifiedHere, reviewedProvenance } from '../../core/sources/provenance';
import { readStoredRecord, toStored } from '../../core/sources/record';
import { missingNotes } from '../../core/sources/summary';
import type { Draft, SourceOrigin } from '../../core/sources/types';
import { uniqueId } from '../../core/sources/unique-id';
import { done, inTransaction, STORES } from './db';
import type { LibraryDeps, SourceLibrary } from './library';

/** What the extraction glue (or an import) hands over to make a draft. */
export interface CreateDraftInput {
  /** The extracted pack: validated here. */
  pack: unknown;
  pageUrl: string;
  tabId?: number;
  origin?: SourceOrigin;
  /** What the caller already knows was trimmed or is missing. */
  notes?: string[];
}

const GONE = 'This draft is no longer there: it was saved, discarded or left unreviewed for more than 7 days.';
const clipNote = (note: string) => (note.length <= LIMITS.note ? note : `${note.slice(0, LIMITS.note - 1)}…`);
const uniqueNotes = (notes: string[]) => [...new Set(notes.filter((n) => n.trim() !== '').map(clipNote))].slice(0, 50);

export class DraftBook {
  constructor(
    private readonly deps: LibraryDeps,
    private readonly library: SourceLibrary,
  ) {}

  private draft(pack: ContextPack, origin: SourceOrigin, pageUrl: string, notes: string[], extra: Partial<Draft> = {}): Draft {
    return { draftId: this.deps.newId(), pack, origin, pageUrl, createdAt: this.deps.now().toISOString(), ...extra, notes: uniqueNotes(notes) };
  }

  /** Validates and attaches an extracted pack and keeps it as a draft. */
  async create(input: CreateDraftInput): Promise<{ ok: true; draftId: string } | { ok: false; reason: string }> {
    if (!isWebUrl(input.pageUrl)) return { ok: false, reason: 'Only web pages (https: or http:) can be added as sources.' };
    const loaded = loadPack(input.pack);
    if (!loaded.ok) return { ok: false, reason: `The extracted source is not a valid pack (${loaded.error.message}).` };
    if (loaded.pack.provenance.kind === 'curated') return { ok: false, reason: 'A curated pack cannot be added as a reader\'s source.' };
    const attached = attachToTopic(loaded.pack, await this.deps.curated());
    if (!attached.ok) return { ok: false, reason: attached.reason };
    const notes = [...(input.notes ?? []), ...attached.notes, ...missingNotes(attached.pack)];
    const tab = input.tabId === undefined ? {} : { tabId: input.tabId };
    const [draftId] = await this.put([this.draft(attached.pack, input.origin ?? 'added', input.pageUrl, notes, tab)]);
    return { ok: true, draftId: draftId! };
  }

  /** Keeps already validated and attached packs (an import's) as drafts, in one transaction. */
  async addMany(items: { pack: ContextPack; notes: string[]; origin: SourceOrigin; pageUrl: string }[]): Promise<string[]> {
    return this.put(items.map((i) => this.draft(i.pack, i.origin, i.pageUrl, [...i.notes, ...missingNotes(i.pack)])));
  }

  private async put(drafts: Draft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const db = await this.deps.db();
    const now = this.deps.now();
    await inTransaction(db, [STORES.drafts], 'readwrite', async (tx) => {
      const store = tx.objectStore(STORES.drafts);
      // Old drafts go whenever new ones come, so the store never grows with drafts nobody reviews.
      const old = (await done(store.getAll())) as { draftId?: unknown; createdAt?: unknown }[];
      for (const d of old) if (typeof d.draftId === 'string' && draftExpired(String(d.createdAt), now)) await done(store.delete(d.draftId));
      for (const draft of drafts) await done(store.put(toStoredDraft(draft)));
    });
    return drafts.map((d) => d.draftId);
  }

  /** The draft, or null when it is gone, too old, or no longer valid (then it is removed). */
  async get(draftId: string): Promise<Draft | null> {
    const db = await this.deps.db();
    const raw: unknown = await inTransaction(db, [STORES.drafts], 'readonly', (tx) => done(tx.objectStore(STORES.drafts).get(draftId)));
    if (raw === undefined) return null;
    const read = readStoredDraft(raw);
    if (read.ok && !draftExpired(read.draft.createdAt, this.deps.now())) return read.draft;
    if (!read.ok) this.deps.warn(`Context Cards: draft ${draftId} dropped: ${read.reason}`);
    await this.discard(draftId);
    return null;
  }

  async discard(draftId: string): Promise<void> {
    const db = await this.deps.db();
    await inTransaction(db, [STORES.drafts], 'readwrite', (tx) => done(tx.objectStore(STORES.drafts).delete(draftId)));
  }

  /** Keeps the draft's pack as the reader edited it: validated, attached by term id, marked reviewed today. */
  async save(draftId: string, edited: unknown): Promise<{ ok: true; id: string } | { ok: false; error: string }> {
    const draft = await this.get(draftId);
    if (!draft) return { ok: false, error: GONE };
    const loaded = loadPack(edited);
    if (!loaded.ok) return { ok: false, error: loaded.error.message };
    const attached = attachToTopic(loaded.pack, await this.deps.curated());
    if (!attached.ok) return { ok: false, error: attached.reason };
    const now = this.deps.now();
    const provenance = reviewedProvenance(attached.pack.provenance, localIsoDay(now));
    if (!provenance) return { ok: false, error: 'provenance: a reader\'s source cannot be curated.' };

    const replaced = draft.replaces === undefined ? undefined : await this.library.get(draft.replaces);
    const tentative = replaced ? replaced.id : attached.pack.id;
    const checked = readStoredRecord(
      toStored({
        id: tentative,
        pack: { ...attached.pack, id: tentative, provenance },
        origin: draft.origin,
        pageUrl: draft.pageUrl,
        addedAt: replaced?.addedAt ?? now.toISOString(),
        reviewedAt: now.toISOString(),
        enabled: replaced?.enabled ?? true,
      }),
    );
    if (!checked.ok) return { ok: false, error: checked.reason };
    const curatedIds = (await this.deps.curated()).map((p) => p.id);
    const db = await this.deps.db();
    // One transaction: the draft is taken once, and the id chosen against what is stored at that moment, so
    // concurrent saves neither keep a draft twice nor overwrite each other.
    const id = await inTransaction(db, [STORES.sources, STORES.drafts], 'readwrite', async (tx) => {
      const drafts = tx.objectStore(STORES.drafts);
      if ((await done(drafts.getKey(draftId))) === undefined) return null;
      const sources = tx.objectStore(STORES.sources);
      const taken = new Set([...((await done(sources.getAllKeys())) as string[]), ...curatedIds]);
      const free = replaced ? replaced.id : uniqueId(tentative, taken);
      const record = { ...checked.record, id: free, pack: { ...checked.record.pack, id: free } };
      await done(sources.put(toStored(record)));
      await done(drafts.delete(draftId));
      return free;
    });
    this.library.changed();
    return id === null ? { ok: false, error: GONE } : { ok: true, id };
  }

  /** A draft of a kept source, to review it again; saving it replaces the source. */
  async review(id: string): Promise<{ draftId: string } | null> {
    const record = await this.library.get(id);
    if (!record) return null;
    const notes = [...(notVerifiedHere(record.pack) ? [NOT_VERIFIED_NOTE] : []), ...missingNotes(record.pack)];
    const [draftId] = await this.put([this.draft(record.pack, record.origin, record.pageUrl, notes, { replaces: id })]);
    return { draftId: draftId! };
  }
}
