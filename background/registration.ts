/**
 * The content script is registered at run time, not declared in the manifest, so quiet mode can leave
 * every page untouched (issue 9). Open tabs are scanned on install without a reload. What is registered is
 * the sentinel (entrypoints/sentinel.ts); the scanner comes only where it asks (scanner-inject.ts).
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'mentions';
/** The scanner: injected where a frame's sentinel asks, and by the popup (quiet mode, access granted). */
export const CONTENT_JS = '/mentions.js';
/** What every frame gets: the strong pre-check and a watch, a few KB. */
export const SENTINEL_JS = '/sentinel.js';

const sameFiles = (js: readonly string[] | undefined) => js?.length === 1 && js[0]!.replace(/^\//, '') === SENTINEL_JS.slice(1);

let pending: Promise<void> = Promise.resolve();

/**
 * Registers (or unregisters in quiet mode) the content script; idempotent. Calls are serialised: install,
 * start-up and a settings change can all ask at once, and a second registration of the same id throws.
 */
export function syncRegistration(quiet: boolean): Promise<void> {
  const run = async () => {
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    if (quiet) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
      return;
    }
    if (existing.length && sameFiles(existing[0]!.js)) return;
    // A registration of an earlier version (the scanner itself) is replaced.
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        // No stylesheet: a frame gets its highlight styles only while it shows highlights (highlight-styles.ts).
        js: [SENTINEL_JS],
        matches: ['<all_urls>'],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  };
  pending = pending.then(run, run);
  return pending.catch((e) => console.warn('Context Cards: content script registration failed', e));
}

/** Injects the scanner (or `file`) into one tab (all frames unless `topOnly`). Fails quietly where not allowed. */
export async function injectInto(tabId: number, topOnly = false, file: typeof CONTENT_JS | typeof SENTINEL_JS = CONTENT_JS): Promise<boolean> {
  const target = { tabId, allFrames: !topOnly };
  try {
    await browser.scripting.executeScript({ target, files: [file] });
    return true;
  } catch {
    return false;
  }
}

/** Gives tabs that were open before the extension was installed or updated what a new page gets: the sentinel. */
export async function injectIntoOpenTabs(): Promise<void> {
  const scannable = (url: string | undefined) => !!url && /^(https?|file):/.test(url);
  const tabs = await browser.tabs.query({});
  // A tab still loading when the script was registered may have missed it: inject once it completes.
  // The sentinel guards against running twice in one document.
  const loading = new Set(tabs.filter((t) => t.status === 'loading' && t.id !== undefined).map((t) => t.id!));
  if (loading.size) {
    const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string }) => {
      if (!loading.has(tabId) || change.status !== 'complete') return;
      loading.delete(tabId);
      if (scannable(tab.url)) void injectInto(tabId, false, SENTINEL_JS);
      if (!loading.size) browser.tabs.onUpdated.removeListener(onUpdated);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    setTimeout(() => browser.tabs.onUpdated.removeListener(onUpdated), 30_000);
  }
  await Promise.all(tabs.map((t) => (t.id !== undefined && !t.discarded && scannable(t.url) ? injectInto(t.id, false, SENTINEL_JS) : Promise.resolve(false))));
}
