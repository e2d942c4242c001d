/** The background's settings store and frame registry, wired to the browser (one of each per background). */
import { browser, type Browser } from 'wxt/browser';
import { siteOf, type Settings } from '../../core/settings/settings';
import { settingsForSite } from '../../core/settings/settings-for-site';
import { FrameRegistry } from './frames';
import { openListsDb } from './lists-db';
import { SETTINGS_KEY, SettingsStore } from './settings-store';

/** The notice frames and extension pages get when the private lists change (utils/messages.ts ToContent). */
export const SETTINGS_CHANGED = 'settingsChanged';

export const frames = new FrameRegistry({
  session: browser.storage.session,
  send: (tabId, frameId) => browser.tabs.sendMessage(tabId, { type: SETTINGS_CHANGED, data: {} }, { frameId }),
});

let db: Promise<IDBDatabase> | null = null;
const watchers = new Set<(s: Settings) => void>();
export const settingsStore = new SettingsStore({
  local: browser.storage.local,
  // The options page's "erase everything" deletes the database: it is opened afresh on the next use.
  db: () => (db ??= openListsDb(indexedDB, () => void (db = null))),
  notify: async (sites) => {
    // The background's own watchers (registration, toolbar icon, highlight styles) hear list changes too.
    if (watchers.size) void settingsStore.load().then((s) => watchers.forEach((w) => w(s)), () => undefined);
    // The extension's pages (options, popup) re-read the whole settings; no content script hears this one.
    await browser.runtime.sendMessage({ type: SETTINGS_CHANGED, data: {} }).catch(() => undefined);
    await frames.notify(sites);
  },
});

export const loadSettings = (): Promise<Settings> => settingsStore.load();
export const updateSettings = (change: Partial<Settings> | ((s: Settings) => Settings)): Promise<Settings> => settingsStore.update(change);

/** Calls `listener` with the whole settings whenever the item in storage.local changes, and after the
 * private lists change (they live in IndexedDB, which has no change event). */
export function watchSettings(listener: (s: Settings) => void): void {
  watchers.add(listener);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void loadSettings().then(listener, () => undefined);
  });
}

/** A frame's settings, its site's entries only; the frame is remembered so it hears when they change. */
export async function settingsForFrame(sender: Browser.runtime.MessageSender): Promise<{ settings: Settings }> {
  const site = siteOf(sender.url ?? '');
  // Not awaited: the frame's first settings should not wait on a session-storage write.
  if (sender.tab?.id !== undefined) void frames.remember(sender.tab.id, sender.frameId ?? 0, site).catch(() => undefined);
  return { settings: settingsForSite(await loadSettings(), site) };
}
