// The sources handlers as shipped, over fake-indexeddb: who may send, what a malformed request gets.
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { curatedPacks, readerPack } from '../../core/sources/test-source';
import type { ExtractTab } from './add-page';
import { openSourcesDb } from './db';
import { SourceLibrary } from './library';

vi.mock('wxt/browser', () => ({ browser: { runtime: { id: 'ext-id', getURL: (p: string) => `chrome-extension://ext-id${p}` } } }));
const { fromExtensionPage, sourceHandlers } = await import('./handlers');

const page = (path = '/sources.html') => ({ id: 'ext-id', url: `chrome-extension://ext-id${path}` }) as never;
const contentScript = { id: 'ext-id', url: 'https://news.example/story', tab: { id: 3 }, frameId: 0 } as never;
const otherExtension = { id: 'other', url: 'chrome-extension://other/page.html' } as never;

let extracted: Awaited<ReturnType<ExtractTab>>;
let handlers: ReturnType<typeof sourceHandlers>;
let n = 0;

beforeEach(() => {
  const factory = new IDBFactory();
  let db: Promise<IDBDatabase> | null = null;
  const library = new SourceLibrary({
    db: () => (db ??= openSourcesDb(factory)),
    curated: async () => curatedPacks(),
    now: () => new Date('2026-12-06T12:00:00.000Z'),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    warn: () => undefined,
  });
  extracted = { ok: true, pack: readerPack(), pageUrl: 'https://news.example/2020/01/02/story' };
  handlers = sourceHandlers(library, async () => extracted);
});

describe('who may send', () => {
  it('answers the extension\'s own pages only', () => {
    expect(fromExtensionPage(page())).toBe(true);
    expect(fromExtensionPage(page('/popup.html'))).toBe(true);
    expect(fromExtensionPage(contentScript)).toBe(false);
    expect(fromExtensionPage(otherExtension)).toBe(false);
    expect(fromExtensionPage({ id: 'ext-id' } as never)).toBe(false);
  });

  it('refuses every sources message from a content script, and stores nothing', async () => {
    const requests: Record<keyof typeof handlers, unknown> = {
      listSources: {},
      getDraft: { draftId: '00000000-0000-4000-8000-000000000001' },
      discardDraft: { draftId: '00000000-0000-4000-8000-000000000001' },
      saveDraft: { draftId: '00000000-0000-4000-8000-000000000001', pack: readerPack() },
      reviewSource: { id: 'x' },
      setSourceEnabled: { id: 'x', enabled: true },
      deleteSource: { id: 'x' },
      undoDelete: { undoToken: '00000000-0000-4000-8000-000000000001' },
      exportSources: {},
      importSources: { text: JSON.stringify(readerPack()) },
      addPageAsSource: { tabId: 3 },
    };
    for (const [type, data] of Object.entries(requests)) {
      await expect(handlers[type as keyof typeof handlers](data, contentScript), type).rejects.toThrow(/extension's own pages only/);
    }
    expect(await handlers.listSources({}, page())).toEqual({ sources: [] });
  });
});

describe('requests', () => {
  it('tells the review what the page did not give', async () => {
    extracted = { ok: true, pack: readerPack(), pageUrl: 'https://news.example/2020/01/02/story', missing: ['author (no byline with a name)', 'language', 'dates (not read in ko)'] };
    const added = await handlers.addPageAsSource({ tabId: 3 }, page('/popup.html'));
    if (!added.ok) throw new Error(added.reason);
    const got = await handlers.getDraft({ draftId: added.draftId }, page('/review.html'));
    const notes = got!.draft.notes;
    expect(notes).toEqual(expect.arrayContaining(['Not found on the page: language.', 'Not found on the page: dates (not read in ko).', 'No author was found: add one if the page names one.']));
    expect(notes).toHaveLength(3);
    await handlers.discardDraft({ draftId: added.draftId }, page());
  });

  it('adds a page, reviews and saves it, lists, turns off, deletes and undoes', async () => {
    const added = await handlers.addPageAsSource({ tabId: 3 }, page('/popup.html'));
    if (!added.ok) throw new Error(added.reason);
    const got = await handlers.getDraft({ draftId: added.draftId }, page('/review.html'));
    expect(got!.draft.tabId).toBe(3);
    expect(await handlers.saveDraft({ draftId: added.draftId, pack: got!.draft.pack }, page('/review.html'))).toEqual({ ok: true, id: 'news-example-a-headline' });
    expect((await handlers.listSources(undefined, page())).sources.map((s) => [s.id, s.enabled])).toEqual([['news-example-a-headline', true]]);
    expect(await handlers.setSourceEnabled({ id: 'news-example-a-headline', enabled: false }, page())).toEqual({ ok: true });
    const deleted = await handlers.deleteSource({ id: 'news-example-a-headline' }, page());
    expect(deleted.ok).toBe(true);
    expect(await handlers.undoDelete({ undoToken: deleted.undoToken }, page())).toEqual({ ok: true });
    expect((await handlers.listSources({}, page())).sources.map((s) => [s.id, s.enabled])).toEqual([['news-example-a-headline', false]]);
    const review = await handlers.reviewSource({ id: 'news-example-a-headline' }, page());
    expect(await handlers.discardDraft({ draftId: review!.draftId }, page())).toEqual({ ok: true });
    expect(await handlers.getDraft({ draftId: review!.draftId }, page())).toBeNull();
    const file = await handlers.exportSources({ ids: ['news-example-a-headline'] }, page());
    expect(file.fileName).toBe('news-example-a-headline.json');
    const imported = await handlers.importSources({ text: file.text }, page());
    expect(imported).toMatchObject({ refused: [], draftIds: [expect.any(String)] });
  });

  it('says why a page could not be added', async () => {
    extracted = { ok: false, code: 'browser-page', message: 'The browser\'s own pages cannot be read.' };
    expect(await handlers.addPageAsSource({ tabId: 3 }, page('/popup.html'))).toEqual({ ok: false, reason: 'The browser\'s own pages cannot be read.' });
  });

  it('answers malformed requests without acting', async () => {
    expect(await handlers.getDraft({ draftId: '../../etc' }, page())).toBeNull();
    expect(await handlers.saveDraft({ draftId: 7 }, page())).toEqual({ ok: false, error: 'Malformed request.' });
    expect(await handlers.reviewSource({ id: 'Not An Id' }, page())).toBeNull();
    expect(await handlers.setSourceEnabled({ id: 'x', enabled: 'yes' }, page())).toEqual({ ok: false });
    expect(await handlers.deleteSource({ id: '' }, page())).toEqual({ ok: false, undoToken: '' });
    expect(await handlers.undoDelete({ undoToken: 'guess' }, page())).toEqual({ ok: false });
    expect(await handlers.importSources({ text: { length: 1 } }, page())).toEqual({ draftIds: [], refused: ['Expected the text of a file.'], notes: [] });
    expect(await handlers.addPageAsSource({ tabId: -1 }, page())).toEqual({ ok: false, reason: 'Malformed request.' });
    await expect(handlers.exportSources({ ids: 'all' }, page())).rejects.toThrow('Malformed request.');
    await expect(handlers.discardDraft(null, page())).rejects.toThrow('Malformed request.');
  });
});
