/** Which tab the popup speaks for: small, so the popup's first chunk can ask it before the tab's part loads. */
import { browser } from 'wxt/browser';

/** The tab the popup was opened for (`?tab=<id>`), else the active tab of the current window. */
export async function popupTabId(fromQuery: number | undefined): Promise<number | undefined> {
  if (fromQuery !== undefined) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
