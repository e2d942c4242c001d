/**
 * The settings as the extension's pages and content scripts reach them. Only the background stores them
 * (background/settings/): the look and mode in storage.local, the lists that reveal the reader's browsing
 * in IndexedDB, which content scripts cannot read (docs/decisions/006-private-lists.md).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import type { ToContent } from './messages';
import { isMessage, toBackground } from './messaging';

/** The storage.local key of the look and mode (no lists). */
export const SETTINGS_KEY = 'settings';
const CHANGED: (keyof ToContent)[] = ['settingsChanged'];

/** Extension pages: the whole settings, read and validated by the background. */
export async function loadSettings(): Promise<Settings> {
  const { settings } = await toBackground('getAllSettings', {});
  if (!settings) throw new Error('Context Cards: the background refused the settings');
  return settings;
}

/** Extension pages: changes some settings, keeping the others as stored; only changed fields are sent. */
export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Settings)): Promise<Settings> {
  let fields: Partial<Settings>;
  if (typeof change === 'function') {
    const current = await loadSettings();
    const next = change(current);
    const keys = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
    fields = Object.fromEntries(keys.map((k) => [k, next[k]]));
  } else fields = change;
  const { settings } = await toBackground('changeSettings', { change: fields });
  if (!settings) throw new Error('Context Cards: the settings change was refused');
  return settings;
}

/** Extension pages: calls `listener` with the whole settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (s: Settings) => void, signal?: AbortSignal): void {
  onSettingsChanged(() => void loadSettings().then((s) => !signal?.aborted && listener(s), () => undefined), signal);
}

/**
 * Calls `listener` whenever the settings may have changed, until `signal` aborts: the look and mode item
 * changed in storage.local, or the background said the lists changed (for a content script, only when
 * its own site's entries did). The listener asks for the settings again; this carries nothing.
 */
export function onSettingsChanged(listener: (stored: unknown) => void, signal?: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(changes[SETTINGS_KEY]!.newValue);
  };
  const onMessage = (message: unknown): Promise<{ ok: true }> | undefined => {
    if (!isMessage<ToContent>(message, CHANGED)) return undefined;
    listener(undefined);
    return Promise.resolve({ ok: true });
  };
  browser.storage.onChanged.addListener(onChanged);
  browser.runtime.onMessage.addListener(onMessage);
  signal?.addEventListener(
    'abort',
    () => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.runtime.onMessage.removeListener(onMessage);
    },
    { once: true },
  );
}
