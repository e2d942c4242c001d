/** Opening the Sources and review pages from the extension's pages (the messages they send are utils/messages.ts's). */
import { browser } from 'wxt/browser';

/** The review page's address for a draft. */
export function reviewUrl(draftId: string): string {
  return `${browser.runtime.getURL('/review.html')}?draft=${encodeURIComponent(draftId)}`;
}

/** Opens a draft's review in a new tab, next to the current one. */
export function openReview(draftId: string): Promise<unknown> {
  return browser.tabs.create({ url: reviewUrl(draftId) });
}

/** Opens the Sources page in a new tab. */
export function openSources(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL('/sources.html') });
}
