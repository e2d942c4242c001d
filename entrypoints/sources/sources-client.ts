/**
 * The sources messages the Sources page, the review page and the popup send to the background (issue 25's
 * contract, answered by background/sources). Typed here by the same shapes as utils/messages.ts's `// sources`
 * block; once both are merged, `toBackground` can replace `send`.
 */
import { browser } from 'wxt/browser';
import type { Draft, SourceSummary } from '../../core/sources/types';

interface SourcesCalls {
  listSources: { request: Record<string, never>; response: { sources: SourceSummary[] } };
  getDraft: { request: { draftId: string }; response: { draft: Draft } | null };
  discardDraft: { request: { draftId: string }; response: { ok: true } };
  saveDraft: { request: { draftId: string; pack: unknown }; response: { ok: true; id: string } | { ok: false; error: string } };
  reviewSource: { request: { id: string }; response: { draftId: string } | null };
  setSourceEnabled: { request: { id: string; enabled: boolean }; response: { ok: boolean } };
  deleteSource: { request: { id: string }; response: { ok: boolean; undoToken: string } };
  undoDelete: { request: { undoToken: string }; response: { ok: boolean } };
  exportSources: { request: { ids?: string[] }; response: { fileName: string; text: string } };
  importSources: { request: { text: string }; response: { draftIds: string[]; refused: string[]; notes: string[] } };
  addPageAsSource: { request: { tabId: number }; response: { ok: true; draftId: string } | { ok: false; reason: string } };
  /** Scroll the tab a draft was read in to a span of its extracted text (the coordinator wires the handler). */
  revealEvidence: { request: { tabId: number; start: number; end: number; text: string }; response: { ok: boolean } };
}

/** Sends one sources message to the background and returns its answer. */
export function send<K extends keyof SourcesCalls>(type: K, data: SourcesCalls[K]['request']): Promise<SourcesCalls[K]['response']> {
  return browser.runtime.sendMessage({ type, data }) as Promise<SourcesCalls[K]['response']>;
}

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
