// The library as shipped, over fake-indexeddb (an in-memory IndexedDB); only the clock and ids are stand-ins.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { planMatcher, termsOf } from '../../core/match/plan-matcher';
import { BUNDLE_FORMAT } from '../../core/sources/export-file';
import { NOT_VERIFIED_NOTE } from '../../core/sources/import-file';
import { toStored } from '../../core/sources/record';
import { curatedPacks, readerPack } from '../../core/sources/test-source';
import { deleteSourcesDb, done, inTransaction, openSourcesDb, STORES } from './db';
import { SourceLibrary, UNDO_MS } from './library';

let clock: Date;
let ids: number;
let warnings: string[];
let factory: IDBFactory;
let library: SourceLibrary;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function makeLibrary(f = factory): SourceLibrary {
  let db: Promise<IDBDatabase> | null = null;
  const made: SourceLibrary = new SourceLibrary({
    // As background/sources/store.ts wires it: a deleted database is opened afresh, nothing cached kept.
    db: () =>
      (db ??= openSourcesDb(f, () => {
        db = null;
        made.changed();
      })),
    curated: async () => curatedPacks(),
    now: () => clock,
    newId: () => uuid(++ids),
    warn: (m) => void warnings.push(m),
  });
  return made;
}

beforeEach(() => {
  clock = new Date('2026-12-06T12:00:00.000Z');
  ids = 0;
  warnings = [];
  factory = new IDBFactory();
  library = makeLibrary();
});

/** Adds a source the way a reader does: a draft from the extracted pack, then saved from review. */
async function addSource(id = 'news-example-a-headline') {
  const created = await library.drafts.create({ pack: readerPack(id), pageUrl: 'https://news.example/2020/01/02/story', tabId: 4 });
  if (!created.ok) throw new Error(created.reason);
  const draft = await library.drafts.get(created.draftId);
  const saved = await library.drafts.save(created.draftId, draft!.pack);
  if (!saved.ok) throw new Error(saved.error);
  return saved.id;
}

async function rawPut(store: 'sources' | 'drafts', value: unknown) {
  const db = await openSourcesDb(factory);
  await inTransaction(db, [store], 'readwrite', (tx) => done(tx.objectStore(store).put(value)));
  db.close();
}

describe('adding a page', () => {
  it('makes a draft that is nothing kept until saved, then keeps it reviewed', async () => {
    const created = await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/2020/01/02/story', tabId: 4 });
    expect(created).toEqual({ ok: true, draftId: uuid(1) });
    const draft = await library.drafts.get(uuid(1));
    expect(draft).toMatchObject({ draftId: uuid(1), origin: 'added', tabId: 4, createdAt: clock.toISOString(), pack: readerPack() });
    expect(draft!.notes).toEqual(['No author was found: add one if the page names one.']);
    expect(await library.list()).toEqual([]);

    const edited = structuredClone(draft!.pack);
    edited.source.authors = [{ family: 'Example', given: 'Ann' }];
    clock = new Date('2026-12-07T09:00:00.000Z');
    expect(await library.drafts.save(uuid(1), edited)).toEqual({ ok: true, id: 'news-example-a-headline' });
    expect(await library.drafts.get(uuid(1))).toBeNull();
    const [kept] = await library.records();
    expect(kept).toMatchObject({ origin: 'added', addedAt: '2026-12-07T09:00:00.000Z', reviewedAt: '2026-12-07T09:00:00.000Z', enabled: true });
    expect(kept!.pack.source.authors).toEqual([{ family: 'Example', given: 'Ann' }]);
    expect(kept!.pack.provenance).toEqual({ kind: 'reader-reviewed', url: 'https://news.example/2020/01/02/story', extracted: '2026-12-01', reviewed: '2026-12-07' });
    expect(await library.list()).toEqual([
      {
        id: 'news-example-a-headline', title: 'A headline', site: 'Example News', published: '2020-01-02', quotes: 1, dates: 3,
        origin: 'added', pageUrl: 'https://news.example/2020/01/02/story', addedAt: '2026-12-07T09:00:00.000Z', reviewedAt: '2026-12-07T09:00:00.000Z', enabled: true,
      },
    ]);
  });

  it('refuses an invalid pack, a page that is not on the web and an edit that breaks the pack', async () => {
    expect(await library.drafts.create({ pack: { formatVersion: 2 }, pageUrl: 'https://news.example/' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^The extracted source is not a valid pack \(id: /) });
    expect(await library.drafts.create({ pack: readerPack(), pageUrl: 'chrome://settings' })).toMatchObject({ ok: false });
    const created = await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/' });
    const broken = { ...readerPack(), source: { ...readerPack().source, url: 'javascript:alert(1)' } };
    expect(await library.drafts.save(created.ok ? created.draftId : '', broken)).toEqual({ ok: false, error: 'source.url: expected an absolute https: or http: URL' });
    expect(await library.records()).toEqual([]);
    expect(await library.drafts.save(uuid(99), readerPack())).toMatchObject({ ok: false, error: expect.stringMatching(/no longer there/) });
  });

  it('saves an edit that adds terms without them: the plan stays the curated one', async () => {
    const created = await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/' });
    const withTerms = { ...readerPack(), terms: curatedPacks()[0]!.terms };
    // A non-curated pack with terms is not a valid pack at all.
    expect(await library.drafts.save(created.ok ? created.draftId : '', withTerms)).toMatchObject({ ok: false, error: expect.stringMatching(/^terms: only a curated pack may define terms/) });
    await addSource();
    const packs = (await library.enabled()).map((r) => r.pack);
    expect(planMatcher(termsOf([...curatedPacks(), ...packs]))).toEqual(planMatcher(termsOf(curatedPacks())));
  });

  it('gives a saved draft a free id, and re-review keeps the source\'s id, date added and switch', async () => {
    expect(await addSource('test-pack')).toBe('test-pack-2'); // the curated pack's id
    expect(await addSource('test-pack')).toBe('test-pack-3');
    await library.setEnabled('test-pack-2', false);
    clock = new Date('2026-12-08T00:00:00.000Z');
    const review = await library.drafts.review('test-pack-2');
    const draft = await library.drafts.get(review!.draftId);
    expect(draft).toMatchObject({ replaces: 'test-pack-2', origin: 'added' });
    const edited = { ...draft!.pack, source: { ...draft!.pack.source, title: 'A better headline' } };
    expect(await library.drafts.save(review!.draftId, edited)).toEqual({ ok: true, id: 'test-pack-2' });
    const record = await library.get('test-pack-2');
    expect(record).toMatchObject({ addedAt: '2026-12-06T12:00:00.000Z', reviewedAt: '2026-12-08T00:00:00.000Z', enabled: false });
    expect(record!.pack.source.title).toBe('A better headline');
    expect((await library.records()).map((r) => r.id)).toEqual(['test-pack-2', 'test-pack-3']);
    expect(await library.drafts.review('nothing')).toBeNull();
  });

  it('keeps every draft saved at once under its own id, and a draft only once', async () => {
    const made = await Promise.all([1, 2, 3].map(() => library.drafts.create({ pack: readerPack('same'), pageUrl: 'https://news.example/' })));
    const draftIds = made.map((m) => (m.ok ? m.draftId : ''));
    const saved = await Promise.all([...draftIds, draftIds[0]!].map((d) => library.drafts.save(d, readerPack('same'))));
    expect(saved.map((r) => (r.ok ? r.id : r.error))).toEqual(['same', 'same-2', 'same-3', expect.stringMatching(/no longer there/)]);
    expect((await library.records()).map((r) => [r.id, r.pack.id])).toEqual([['same', 'same'], ['same-2', 'same-2'], ['same-3', 'same-3']]);
  });

  it('drops drafts past the age limit', async () => {
    await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/' });
    clock = new Date('2026-12-14T12:00:01.000Z');
    expect(await library.drafts.get(uuid(1))).toBeNull();
    await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/' });
    const db = await openSourcesDb(factory);
    const keys = await inTransaction(db, [STORES.drafts], 'readonly', (tx) => done(tx.objectStore(STORES.drafts).getAllKeys()));
    expect(keys).toEqual([uuid(2)]);
  });
});

describe('keeping sources', () => {
  it('skips and reports a bad stored record, and never loses the others', async () => {
    await addSource('one');
    const [one] = await library.records();
    await rawPut('sources', { storeVersion: 1, id: 'bad', pack: { formatVersion: 2 } });
    await rawPut('sources', { ...toStored(one!), id: 'future', storeVersion: 9 });
    library.changed();
    expect((await library.records()).map((r) => r.id)).toEqual(['one']);
    expect(warnings).toEqual([
      expect.stringMatching(/^Context Cards: stored source bad skipped: origin: /),
      'Context Cards: stored source future skipped: stored by a newer version of the extension (store version 9); kept, not read',
    ]);
    // Skipped records stay in the database for a later version to read.
    const db = await openSourcesDb(factory);
    expect(await inTransaction(db, [STORES.sources], 'readonly', (tx) => done(tx.objectStore(STORES.sources).count()))).toBe(3);
  });

  it('turns a source off and on', async () => {
    await addSource('one');
    expect(await library.setEnabled('one', false)).toBe(true);
    expect(await library.enabled()).toEqual([]);
    expect(await makeLibrary().enabled()).toEqual([]); // stored, not only cached
    expect(await library.setEnabled('one', true)).toBe(true);
    expect((await library.enabled()).map((r) => r.id)).toEqual(['one']);
    expect(await library.setEnabled('nothing', true)).toBe(false);
  });

  it('deletes with undo for a minute, or until the next delete', async () => {
    await addSource('one');
    await addSource('two');
    const first = await library.delete('one');
    expect(first.ok).toBe(true);
    expect((await library.records()).map((r) => r.id)).toEqual(['two']);
    expect(await library.undoDelete(first.undoToken)).toBe(true);
    expect((await library.records()).map((r) => r.id)).toEqual(['one', 'two']);
    expect(await library.undoDelete(first.undoToken)).toBe(false); // once

    const a = await library.delete('one');
    const b = await library.delete('two');
    expect(await library.undoDelete(a.undoToken)).toBe(false);
    clock = new Date(clock.getTime() + UNDO_MS + 1);
    expect(await library.undoDelete(b.undoToken)).toBe(false);
    expect(await library.records()).toEqual([]);
    expect(await library.delete('nothing')).toEqual({ ok: false, undoToken: '' });
  });

  it('survives a new library over the same database (a restarted background)', async () => {
    await addSource('one');
    const deleted = await library.delete('one');
    const restarted = makeLibrary();
    expect(await restarted.undoDelete(deleted.undoToken)).toBe(true);
    expect((await restarted.records()).map((r) => r.id)).toEqual(['one']);
  });
});

describe('erasing everything', () => {
  it('deletes the database while the background holds it open, which then starts empty', async () => {
    await addSource('one');
    await library.drafts.create({ pack: readerPack(), pageUrl: 'https://news.example/' });
    expect(await library.records()).toHaveLength(1);
    await deleteSourcesDb(factory); // what the options page's "erase everything" does
    expect(await library.records()).toEqual([]);
    expect(await library.drafts.get(uuid(3))).toBeNull();
    expect(await addSource('two')).toBe('two');
    expect((await library.records()).map((r) => r.id)).toEqual(['two']);
  });
});

describe('export and import through the store', () => {
  it('exports, erases, imports and saves: the sources come back unchanged but for the import day', async () => {
    await addSource('one');
    await addSource('two');
    const before = await library.records();
    const file = await library.exportSources();
    expect(file.fileName).toBe('context-cards-sources-2026-12-06.json');
    const single = await library.exportSources(['two']);
    expect(single.fileName).toBe('two.json');

    factory = new IDBFactory(); // everything erased
    library = makeLibrary();
    const imported = await library.importSources(file.text);
    expect(imported.refused).toEqual([]);
    expect(imported.draftIds).toHaveLength(2);
    for (const draftId of imported.draftIds) {
      const draft = await library.drafts.get(draftId);
      expect(draft!.origin).toBe('imported');
      expect(draft!.notes[0]).toBe(NOT_VERIFIED_NOTE);
      expect(await library.drafts.save(draftId, draft!.pack)).toMatchObject({ ok: true });
    }
    const after = await library.records();
    expect(after.map((r) => r.pack)).toEqual(before.map((r) => ({ ...r.pack, provenance: { ...r.pack.provenance, imported: '2026-12-06' } })));
    expect(after.map((r) => [r.origin, r.pageUrl])).toEqual(before.map((r) => ['imported', r.pack.source.url]));
  });

  it('refuses or trims hostile files and loses nothing already kept', async () => {
    await addSource('kept');
    const kept = await library.records();
    const hostile = [
      `{"formatVersion":2,"x":"${'y'.repeat(50 * 1024 * 1024)}"}`,
      'not json',
      JSON.stringify({ ...readerPack('kept'), source: { ...readerPack().source, url: 'javascript:alert(1)' } }),
      JSON.stringify({ format: BUNDLE_FORMAT, version: 1, packs: [readerPack('kept'), readerPack('kept'), { ...readerPack('x'), quotes: 7 }] }),
    ];
    const answers = [];
    for (const text of hostile) answers.push(await library.importSources(text));
    expect(answers.map((a) => a.refused.length)).toEqual([1, 1, 1, 1]);
    expect(answers[0]!.refused[0]).toMatch(/^The file is 50\.0 MB or more/);
    // The clashing ids became drafts under new names; the kept source is untouched until a draft is saved.
    const drafts = await Promise.all(answers[3]!.draftIds.map((d) => library.drafts.get(d)));
    expect(drafts.map((d) => d!.pack.id)).toEqual(['kept-2', 'kept-3']);
    expect(await library.records()).toEqual(kept);
    await library.drafts.save(answers[3]!.draftIds[0]!, drafts[0]!.pack);
    expect((await library.records()).map((r) => r.id)).toEqual(['kept', 'kept-2']);
    expect((await library.records())[0]).toEqual(kept[0]);
  });
});
