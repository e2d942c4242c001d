/**
 * Settings in local extension storage only (never synced: the disabled-site list is browsing history).
 * Reads are validated field by field (core/settings); writes always store the current version.
 */
import { browser } from 'wxt/browser';
import { readSettings, toStored, type Settings } from '../core/settings/settings';

export const SETTINGS_KEY = 'settings';

/** Reads the settings; invalid fields fall back to defaults, invalid list entries are dropped, and storage is repaired. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, resetFields, dropped, migratedFrom } = readSettings(stored);
  // What could not be read is said once, here, and the repaired settings replace it.
  if (resetFields.length || dropped.length) console.warn('Context Cards: settings repaired', { resetFields, dropped });
  if (stored !== undefined && (resetFields.length || dropped.length || migratedFrom !== null)) {
    await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
  }
  return settings;
}

/** Changes some settings, keeping the others as stored. */
export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Settings)): Promise<Settings> {
  const current = await loadSettings();
  const next = typeof change === 'function' ? change(current) : { ...current, ...change };
  const { settings } = readSettings(toStored(next));
  await browser.storage.local.set({ [SETTINGS_KEY]: toStored(settings) });
  return settings;
}

/** Calls `listener` with validated settings whenever they change, until `signal` aborts. */
export function watchSettings(listener: (s: Settings) => void, signal?: AbortSignal): void {
  onSettingsChanged((stored) => listener(readSettings(stored).settings), signal);
}

/** Calls `listener` with the stored value, unread, whenever the settings change, until `signal` aborts
 * (content scripts ignore it and ask the background for the validated settings). */
export function onSettingsChanged(listener: (stored: unknown) => void, signal?: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(changes[SETTINGS_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
