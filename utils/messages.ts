import type { ExtractedSummary } from '../core/extract/summary';
import type { ContextPack } from '../core/pack/schema';
import type { CopyRequest as CardCopyRequest } from '../core/cite/pack-citation';
import type { SourceLabel, TermContent } from '../core/pack/term-content';
import type { Settings } from '../core/settings/settings';
import type { Draft, SourceSummary } from '../core/sources/types';

/**
 * One typed contract per message direction (STYLE.md example 7). The background answers
 * `ToBackground`; content scripts answer `ToContent`. Senders are checked by the receiver.
 */

/** What one frame reports about its document. */
export interface FrameReport {
  /** Random id of the document instance, so a stale report from a previous page is ignored. */
  documentId: string;
  /** Visible mentions by term id. */
  counts: Record<string, number>;
  /** Visible mentions in total (after the cap). */
  total: number;
  /** True when the page had more mentions than the cap. */
  capped: boolean;
  /** A sub-frame's shown mentions, one key each (core/tab-state/frames.ts mentionKey), so the badge counts a
   * mention repeated by many frames once; the top frame sends none. */
  keys?: string[];
  /** Whether this frame can be read: at least 200×100 CSS px and it has intersected the viewport. */
  readable: boolean;
}

export interface ToBackground {
  /** A content script asks for the matcher plan and the terms' labels (no packs: a card asks for its term's
   * content when it opens, `termContent`). */
  getPlan: { request: Record<string, never>; response: { plan: unknown; labels: Record<string, string> } };
  /** A card asks what the enabled sources say about its term; null when no source defines it. */
  termContent: { request: { packId: string; termId: string }; response: TermContent | null };
  /** A content script asks for the settings, read and validated here: content scripts, which run on every
   * page, carry no schema library of their own. The lists hold only the asking frame's site. */
  getSettings: { request: Record<string, never>; response: { settings: Settings } };
  /** The card mutes (or unmutes) a term on a site. */
  muteTerm: { request: { site: string; termKey: string; muted: boolean }; response: { ok: boolean } };
  /** A frame reports its mentions. */
  report: { request: FrameReport; response: { ok: boolean } };
  /** Copy a card's strings through the extension (http pages have no clipboard API in content scripts): by
   * id only, so a frame can put nothing on the clipboard but what the extension builds from its packs. */
  copyCard: { request: CardCopyRequest; response: { ok: boolean } };
  /** The card asks for its copy strings, formatted here so the content script carries no citation engine. */
  cardCopy: { request: CardCopyRequest; response: { text: string; html?: string } | null };
  /** A content script records what was under the pointer when the context menu opened. */
  contextTarget: { request: { packId: string | null; termId: string | null; quoteId: string | null }; response: { ok: true } };
  /** Open the full context page at a term. */
  openContext: { request: { packId?: string; termId?: string }; response: { ok: boolean } };

  // sources: a reader's own sources (issue 25); extension pages only, never content scripts.
  /** The popup asks which enabled sources concern its page (the terms it mentions): curated first, capped. */
  popupSources: { request: { termKeys: string[] }; response: { sources: { pack: ContextPack; label: SourceLabel }[] } };
  /** Every kept source, for the Sources page. */
  listSources: { request: Record<string, never>; response: { sources: SourceSummary[] } };
  /** A draft waiting for review, or null when it is gone (saved, discarded or too old). */
  getDraft: { request: { draftId: string }; response: { draft: Draft } | null };
  discardDraft: { request: { draftId: string }; response: { ok: true } };
  /** Keep a reviewed draft with the pack as edited: validated, marked reviewed, attached by term id only. */
  saveDraft: { request: { draftId: string; pack: unknown }; response: { ok: true; id: string } | { ok: false; error: string } };
  /** A draft from a kept source, to review it again (`replaces` set). */
  reviewSource: { request: { id: string }; response: { draftId: string } | null };
  setSourceEnabled: { request: { id: string; enabled: boolean }; response: { ok: boolean } };
  /** Delete a source; the token undoes it for about a minute, or until the next delete. */
  deleteSource: { request: { id: string }; response: { ok: boolean; undoToken: string } };
  undoDelete: { request: { undoToken: string }; response: { ok: boolean } };
  /** One pack file, or a bundle `{format:'context-cards-sources', version:1, packs}`; all sources when no ids. */
  exportSources: { request: { ids?: string[] }; response: { fileName: string; text: string } };
  /** An untrusted file's text: each good pack becomes a draft to review; refused packs and trims are told. */
  importSources: { request: { text: string }; response: { draftIds: string[]; refused: string[]; notes: string[] } };
  /** Extract the tab's page and make a draft of it (the coordinator glues extractTab to createDraft). */
  addPageAsSource: { request: { tabId: number }; response: { ok: true; draftId: string } | { ok: false; reason: string } };
  /** The review page shows a passage of a draft in the tab it was read in (the passage's words, and its span
   * in the extracted text, which the page's live text does not share). */
  revealEvidence: { request: { tabId: number; start: number; end: number; text: string }; response: { ok: boolean } };
  // extraction
  /** An extension page (never a content script) asks to read a tab as a source: a pack, or why not. */
  extractTab: { request: { tabId: number }; response: ExtractTabResult };
  // settings: the whole settings, private lists included, for the extension's pages only (null otherwise)
  getAllSettings: { request: Record<string, never>; response: { settings: Settings | null } };
  /** Change some settings; lists are sent whole. The settings as stored after it, or null if refused. */
  changeSettings: { request: { change: Partial<Settings> }; response: { settings: Settings | null } };
  /** A content script asks for its frame's highlight styles (on) or their removal, naming its random highlight
   * names (background/highlight-styles.ts). */
  highlightStyles: { request: { mention: string; focus: string; on: boolean }; response: { ok: boolean } };
  /** A content script with a region to judge asks for the plan of the detention words (docs/relevance.md). */
  detentionPlan: { request: Record<string, never>; response: unknown };
  /** A content script asks for the card's UI in its own frame, on the first card there (background/card-ui.ts). */
  loadCardUi: { request: Record<string, never>; response: { ok: boolean } };
  /** A content script asks for its document's highlight names, by the document's time origin (background/highlight-names.ts). */
  highlightNames: { request: { origin: number }; response: { mention: string; focus: string } | null };
  /** The popup opens: the installed packs as validated here, and its tab's stored counts by term key (extension pages only). */
  popupStart: { request: { tabId?: number }; response: { packs: ContextPack[]; counts: Record<string, number> } };
  /** A frame's sentinel asks for the strong terms' pre-check only: MatcherPlan.strongAnchors (background/scanner-inject.ts). */
  strongCheck: { request: Record<string, never>; response: { latin: string; other: string } };
  /** A frame's sentinel, whose text passed that pre-check, asks for the scanner (mentions.js) in its own frame. */
  loadScanner: { request: Record<string, never>; response: { ok: boolean } };
}

/** A tab read as a source: the extracted pack (machine-made, not reviewed), or a refusal a reader can act on. */
export type ExtractTabResult =
  | { ok: true; pack: ContextPack; pageUrl: string; missing: string[]; summary: ExtractedSummary }
  | { ok: false; code: string; message: string };

export interface ToContent {
  /** The popup asks a frame for its mentions. */
  getMentions: { request: Record<string, never>; response: TabMentions };
  /** Scroll to and flash the nth mention of a term (popup "On this page"). */
  reveal: { request: { termKey: string; index: number }; response: { ok: boolean } };
  /** Keyboard command: move to the next or previous mention. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean } };
  /** The private lists changed for this frame's site (or the pages'): ask for the settings again. */
  settingsChanged: { request: Record<string, never>; response: { ok: true } };
  /** The installed packs changed: the new plan and labels (as `getPlan` answers); the frame plans and scans again. */
  packsChanged: { request: { plan: unknown; labels: Record<string, string> }; response: { ok: boolean } };
}

/** Mentions of a frame, by term, for the popup. */
export interface TabMentions {
  url: string;
  counts: Record<string, number>;
  total: number;
  capped: boolean;
  state: 'active' | 'paused' | 'disabled-site';
}

export type Envelope<M> = { [K in keyof M]: { type: K; data: M[K] extends { request: infer R } ? R : never } }[keyof M];

export type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

export type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
