/**
 * The toolbar icon's states: "mentions here" (per tab) and "paused" (quiet mode, every tab). The badge
 * carries the count; the icon carries the state, so it reads without the badge and without colour alone.
 */
import { browser } from 'wxt/browser';

const paths = (name: string) => ({ 16: `icons/${name}-16.png`, 32: `icons/${name}-32.png` });
let paused = false;

/** Quiet mode on or off: the default icon for every tab without its own state. */
export async function showPaused(on: boolean): Promise<void> {
  if (!on && !paused) return; // the manifest's icons (and Firefox's theme icons) already show
  paused = on;
  await (on ? setIcon({ path: paths('toolbar-paused') }) : resetIcon({}, paths('icon')));
}

/** A tab's icon after its mention count changed. */
export async function showTabIcon(tabId: number, hasMentions: boolean): Promise<void> {
  if (hasMentions) await setIcon({ tabId, path: paths('toolbar-mentions') });
  else await resetIcon({ tabId }, paths(paused ? 'toolbar-paused' : 'icon'));
}

const setIcon = (details: { tabId?: number; path: Record<number, string> }) => browser.action.setIcon(details).catch(() => undefined);

/** Firefox resets to the inherited icon (keeping theme icons) when given no image; Chrome wants one. */
async function resetIcon(target: { tabId?: number }, fallback: Record<number, string>): Promise<void> {
  try {
    await browser.action.setIcon(target as Parameters<typeof browser.action.setIcon>[0]);
  } catch {
    await setIcon({ ...target, path: fallback });
  }
}
