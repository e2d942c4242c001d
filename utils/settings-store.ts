/**
 * Settings in local extension storage only (never synced: the disabled-site list is browsing history).
 * Reads are validated field by field (core/settings); writes always store the current version.
 */
import { browser } from 'wxt/browser';
import { readSettings, toStored, type Settings } from '../core/settings/settings';

export const SETTINGS_KEY = 'settings';

/** Reads the settings; invalid fields fall back to defaults and are repaired in storage. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const { settings, resetFields, migratedFrom } = readSettings(stored);
  if (stored !== undefined && (resetFields.length || migratedFrom !== null)) {
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
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    listener(readSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(onChanged);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}

/** Calls `listener` whenever the stored settings change, without reading them (content scripts ask the
 * background for the validated settings instead), until `signal` aborts. */
export function onSettingsChanged(listener: () => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
