// "Add this page as a source": the page is extracted (background/extract-tab.ts) and becomes a draft for review.
import type { CreateDraftInput } from './drafts';

/** What extracting a tab gives: a pack and the page's address, or why the page cannot be read. */
export type ExtractTab = (tabId: number) => Promise<{ ok: true; pack: unknown; pageUrl: string; missing?: string[] } | { ok: false; code: string; message: string }>;

export async function addPageAsSource(
  tabId: number,
  extract: ExtractTab,
  createDraft: (input: CreateDraftInput) => Promise<{ ok: true; draftId: string } | { ok: false; reason: string }>,
): Promise<{ ok: true; draftId: string } | { ok: false; reason: string }> {
  const extracted = await extract(tabId);
  if (!extracted.ok) return { ok: false, reason: extracted.message };
  // What the page did not give (an author, a date) is shown in the review, where the reader can add it.
  // (The author and the date are told from the pack itself, with the rest: core/sources/summary.ts.)
  const notes = (extracted.missing ?? []).filter((what) => !/^(author|publication date)/.test(what)).map((what) => `Not found on the page: ${what}.`);
  return createDraft({ pack: extracted.pack, pageUrl: extracted.pageUrl, tabId, origin: 'added', ...(notes.length ? { notes } : {}) });
}
