/** Answers the popup's `popupStart`: the installed packs as validated here, and the tab's stored mention
 * counts, so the popup shows its source at once without loading the pack schema or reading the tab first. */
import type { ContextPack } from '../core/pack/schema';
import { summarize } from '../core/tab-state/tab-state';
import { getPacks } from './packs';
import { readTab } from './tab-store';

/** The tab id of a `popupStart` request, or undefined when it names none (or not a tab id). */
export function readPopupStartTab(data: unknown): number | undefined {
  const tabId = (data as { tabId?: unknown } | null | undefined)?.tabId;
  return typeof tabId === 'number' && Number.isSafeInteger(tabId) && tabId >= 0 ? tabId : undefined;
}

/** The packs, and the stored counts of the tab by term key (empty when the tab has no record). */
export async function popupStart(tabId: number | undefined): Promise<{ packs: ContextPack[]; counts: Record<string, number> }> {
  const [packs, stored] = await Promise.all([getPacks(), tabId === undefined ? undefined : readTab(tabId).catch(() => undefined)]);
  return { packs, counts: summarize(stored).counts };
}
