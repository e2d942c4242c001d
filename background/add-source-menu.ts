/** "Add this page as a source" in the page's context menu: the page is read, and its review opens in a new tab
 * beside it, or the review page says why the page cannot be read. */
import { browser } from 'wxt/browser';
import { extractTab } from './extract-tab';
import { addPageAsSource } from './sources/add-page';
import { createDraft } from './sources/store';

export const ADD_SOURCE_MENU_ID = 'add-source';

/** The review page's address for what adding gave: a draft to review, or the reason for a refusal. */
export function reviewAddress(added: { ok: true; draftId: string } | { ok: false; reason: string }): string {
  return added.ok ? `/review.html?draft=${encodeURIComponent(added.draftId)}` : `/review.html?refused=${encodeURIComponent(added.reason)}`;
}

export async function addSourceFromMenu(tab: { id?: number; index?: number } | undefined): Promise<boolean> {
  if (tab?.id === undefined) return false;
  const added = await addPageAsSource(tab.id, extractTab, createDraft);
  await browser.tabs.create({
    url: browser.runtime.getURL(reviewAddress(added) as '/popup.html'),
    ...(tab.index !== undefined ? { index: tab.index + 1 } : {}),
  });
  return added.ok;
}
