/**
 * The content script is registered at run time, not declared in the manifest, so quiet mode can leave
 * every page untouched (issue 9). Open tabs are scanned on install without a reload.
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'mentions';
export const CONTENT_JS = '/mentions.js';

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
    if (existing.length) return;
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        // No stylesheet: a frame gets its highlight styles only while it shows highlights (highlight-styles.ts).
        js: [CONTENT_JS],
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

/** Injects the content script into one tab (all frames unless `topOnly`). Fails quietly where not allowed. */
export async function injectInto(tabId: number, topOnly = false): Promise<boolean> {
  const target = { tabId, allFrames: !topOnly };
  try {
    await browser.scripting.executeScript({ target, files: [CONTENT_JS] });
    return true;
  } catch {
    return false;
  }
}

/** Scans tabs that were open before the extension was installed or updated. */
export async function injectIntoOpenTabs(): Promise<void> {
  const scannable = (url: string | undefined) => !!url && /^(https?|file):/.test(url);
  const tabs = await browser.tabs.query({});
  // A tab still loading when the script was registered may have missed it: inject once it completes.
  // The content script guards against running twice in one document.
  const loading = new Set(tabs.filter((t) => t.status === 'loading' && t.id !== undefined).map((t) => t.id!));
  if (loading.size) {
    const onUpdated = (tabId: number, change: { status?: string }, tab: { url?: string }) => {
      if (!loading.has(tabId) || change.status !== 'complete') return;
      loading.delete(tabId);
      if (scannable(tab.url)) void injectInto(tabId);
      if (!loading.size) browser.tabs.onUpdated.removeListener(onUpdated);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    setTimeout(() => browser.tabs.onUpdated.removeListener(onUpdated), 30_000);
  }
  await Promise.all(tabs.map((t) => (t.id !== undefined && !t.discarded && scannable(t.url) ? injectInto(t.id) : Promise.resolve(false))));
}
