// The background's answers to the sources messages (utils/messages.ts, `// sources`): extension pages only,
// each request read through its schema (requests.ts) first.
import { browser, type Browser } from 'wxt/browser';
import type { ResponseOf, ToBackground } from '../../utils/messages';
import { addPageAsSource, type ExtractTab } from './add-page';
import type { SourceLibrary } from './library';
import { readSourceRequest, type SourceRequestType } from './requests';

type Sender = Browser.runtime.MessageSender;
type SourceHandlers = { [K in SourceRequestType]: (data: unknown, sender: Sender) => Promise<ResponseOf<ToBackground, K>> };

/** True for the extension's own pages (popup, Sources, review), never a content script on a web page. */
export function fromExtensionPage(sender: Sender): boolean {
  const base = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(base) && sender.id === browser.runtime.id;
}

const refused = () => Promise.reject(new Error('Sources are managed from the extension\'s own pages only.'));
const malformed = () => Promise.reject(new Error('Malformed request.'));

export function sourceHandlers(library: SourceLibrary, extractTab: ExtractTab): SourceHandlers {
  // Each handler: the sender is checked, then the request read; `answer` runs only on a valid request.
  const handle =
    <K extends SourceRequestType>(type: K, answer: (request: NonNullable<ReturnType<typeof readSourceRequest<K>>>) => Promise<ResponseOf<ToBackground, K>>, onMalformed: () => Promise<ResponseOf<ToBackground, K>> = malformed) =>
    (data: unknown, sender: Sender): Promise<ResponseOf<ToBackground, K>> => {
      if (!fromExtensionPage(sender)) return refused();
      const request = readSourceRequest(type, data);
      return request ? answer(request) : onMalformed();
    };

  return {
    listSources: handle('listSources', async () => ({ sources: await library.list() })),
    getDraft: handle('getDraft', async ({ draftId }) => {
      const draft = await library.drafts.get(draftId);
      return draft ? { draft } : null;
    }, async () => null),
    discardDraft: handle('discardDraft', async ({ draftId }) => {
      await library.drafts.discard(draftId);
      return { ok: true as const };
    }),
    saveDraft: handle('saveDraft', ({ draftId, pack }) => library.drafts.save(draftId, pack), async () => ({ ok: false as const, error: 'Malformed request.' })),
    reviewSource: handle('reviewSource', ({ id }) => library.drafts.review(id), async () => null),
    setSourceEnabled: handle('setSourceEnabled', async ({ id, enabled }) => ({ ok: await library.setEnabled(id, enabled) }), async () => ({ ok: false })),
    deleteSource: handle('deleteSource', ({ id }) => library.delete(id), async () => ({ ok: false, undoToken: '' })),
    undoDelete: handle('undoDelete', async ({ undoToken }) => ({ ok: await library.undoDelete(undoToken) }), async () => ({ ok: false })),
    exportSources: handle('exportSources', ({ ids }) => library.exportSources(ids)),
    importSources: handle('importSources', ({ text }) => library.importSources(text), async () => ({ draftIds: [], refused: ['Expected the text of a file.'], notes: [] })),
    addPageAsSource: handle('addPageAsSource', ({ tabId }) => addPageAsSource(tabId, extractTab, (input) => library.drafts.create(input)), async () => ({ ok: false as const, reason: 'Malformed request.' })),
  };
}
