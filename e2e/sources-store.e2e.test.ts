// Issue 25, the sources data layer in real browsers: the background keeps the reader's sources in IndexedDB
// (Chrome's service worker, Firefox's event page) and answers the extension's own pages only. An extension
// page imports a file, reviews and saves its draft, deletes and undoes, exports; a content script is refused;
// a hostile file changes nothing kept.
import { expect } from 'vitest';
import { htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { readerPack } from '../core/sources/test-source.ts';

/** A reader's source for the shipped topic, linking its quotation to the shipped "xinjiang" term. */
function sourceFile(id: string): string {
  const pack = readerPack(id);
  pack.topic = { id: 'xinjiang-detention', label: 'Xinjiang and the detention of Uyghurs' };
  pack.termLinks = [{ termId: 'xinjiang', quoteIds: ['q-one'], eventIds: ['e-speech'] }];
  pack.quotes[0]!.text = 'we will see <script>alert(1)</script>';
  return JSON.stringify(pack);
}

/** Extension page world: sends one message to the background and returns the answer, or the error's text. */
function send(message: { type: string; data: unknown }): Promise<unknown> {
  const runtime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
  return runtime.sendMessage(message).then((answer: unknown) => answer ?? null, (e: Error) => `error: ${e.message}`);
}

/** Extension page world: imports a 6 MB file (made here, not carried over the test's connection). */
function sendHugeFile(): Promise<unknown> {
  const runtime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
  const text = `{"formatVersion":2,"x":"${'x'.repeat(6 * 1024 * 1024)}"}`;
  return runtime.sendMessage({ type: 'importSources', data: { text } });
}

/** Extension context: sends `message` from the content script world of a tab's top frame. */
async function sendFromContentWorld({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const func = (m: unknown) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage(m).then((a: unknown) => a ?? null, () => 'no answer');
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func, args: [message] });
  return first.result;
}

forEachBrowser((env: BrowserEnv) => {
  const ask = (page: HarnessPage, type: string, data: unknown = {}) => page.evaluate(send, { type, data }) as Promise<any>;

  itWithPages('imports, reviews, keeps, deletes with undo and exports through the background', async (track) => {
    const page = track(await env.browser.openExtensionPage('options.html'));
    const imported = await ask(page, 'importSources', { text: sourceFile('e2e-source') });
    expect(imported.refused).toEqual([]);
    expect(imported.draftIds).toHaveLength(1);
    const { draft } = await ask(page, 'getDraft', { draftId: imported.draftIds[0] });
    expect(draft.origin).toBe('imported');
    expect(draft.pack.quotes[0].text).toBe('we will see <script>alert(1)</script>');
    draft.pack.source.authors = [{ family: 'Example', given: 'Ann' }];
    expect(await ask(page, 'saveDraft', { draftId: draft.draftId, pack: draft.pack })).toEqual({ ok: true, id: 'e2e-source' });
    const listed = await ask(page, 'listSources');
    expect(listed.sources.map((s: any) => [s.id, s.origin, s.quotes, s.enabled, typeof s.reviewedAt])).toEqual([['e2e-source', 'imported', 1, true, 'string']]);

    const deleted = await ask(page, 'deleteSource', { id: 'e2e-source' });
    expect(deleted.ok).toBe(true);
    expect((await ask(page, 'listSources')).sources).toEqual([]);
    expect(await ask(page, 'undoDelete', { undoToken: deleted.undoToken })).toEqual({ ok: true });
    expect((await ask(page, 'listSources')).sources).toEqual(listed.sources);

    const file = await ask(page, 'exportSources', { ids: ['e2e-source'] });
    expect(file.fileName).toBe('e2e-source.json');
    const exported = JSON.parse(file.text);
    expect(exported.source.authors).toEqual([{ family: 'Example', given: 'Ann' }]);
    expect(exported.provenance).toMatchObject({ kind: 'reader-reviewed', imported: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(exported.terms).toEqual([]);
  });

  itWithPages('refuses content scripts and hostile files, and loses nothing kept', async (track) => {
    const page = track(await env.browser.openExtensionPage('options.html'));
    const imported = await ask(page, 'importSources', { text: sourceFile('kept-source') });
    const { draft } = await ask(page, 'getDraft', { draftId: imported.draftIds[0] });
    expect(await ask(page, 'saveDraft', { draftId: draft.draftId, pack: draft.pack })).toEqual({ ok: true, id: 'kept-source' });
    const before = (await ask(page, 'listSources')).sources;
    expect(before.map((s: any) => s.id)).toContain('kept-source');

    env.server.setRoute('/sources-store/page.html', { body: htmlPage('A page', '<p>Nothing here.</p>') });
    const web = track(await env.browser.newPage(env.server.url('/sources-store/page.html')));
    const tabId = await env.browser.tabIdFor(web);
    for (const message of [{ type: 'listSources', data: {} }, { type: 'importSources', data: { text: sourceFile('from-a-page') } }, { type: 'deleteSource', data: { id: 'e2e-source' } }]) {
      expect(await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message })).toBe('no answer');
    }

    const hostile = [
      await page.evaluate(sendHugeFile),
      await ask(page, 'importSources', { text: sourceFile('e2e-source').replace('https://news.example/2020/01/02/story', 'javascript:alert(1)') }),
      await ask(page, 'importSources', { text: '{"format":"context-cards-sources","version":1,"packs":[7,' }),
    ];
    expect(hostile.map((h: any) => h.refused.length)).toEqual([1, 1, 1]);
    expect((hostile[0] as any).refused[0]).toMatch(/^The file is 6\.0 MB or more; the limit is 5\.0 MB\.$/);
    expect((await ask(page, 'listSources')).sources).toEqual(before);
  });

  itWithPages('"Erase everything" in the options erases the sources too, and the store starts again empty', async (track) => {
    const options = track(await env.browser.openExtensionPage('options.html'));
    const keep = async (id: string) => {
      const { draftIds } = await ask(options, 'importSources', { text: sourceFile(id) });
      const { draft } = await ask(options, 'getDraft', { draftId: draftIds[0] });
      return ask(options, 'saveDraft', { draftId: draft.draftId, pack: draft.pack });
    };
    expect(await keep('before-erase')).toMatchObject({ ok: true });
    await options.click('.cc-danger');
    await pollUntil(() => options.evaluate(() => document.querySelector('.cc-confirm') !== null), (up) => up, { message: 'the erase confirmation' });
    await options.click('.cc-confirm .cc-danger');
    await pollUntil(() => ask(options, 'listSources'), (answer) => answer?.sources?.length === 0, { message: 'no sources after the erase' });
    expect(await keep('after-erase')).toEqual({ ok: true, id: 'after-erase' });
    expect((await ask(options, 'listSources')).sources.map((s: any) => s.id)).toEqual(['after-erase']);
  });
});
