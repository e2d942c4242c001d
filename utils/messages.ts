import type { CopyRequest as CardCopyRequest } from '../core/cite/pack-citation';
import type { TermContent } from '../core/pack/term-content';
import type { Settings } from '../core/settings/settings';

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
  /** True when this frame has seen a strong term. */
  relevant: boolean;
}

export interface ToBackground {
  /** A content script asks for the matcher plan and the terms' labels (no packs: a card asks for its term's
   * content when it opens, `termContent`). */
  getPlan: { request: Record<string, never>; response: { plan: unknown; labels: Record<string, string> } };
  /** A card asks what the enabled sources say about its term; null when no source defines it. */
  termContent: { request: { termId: string }; response: TermContent | null };
  /** A content script asks for the settings, read and validated here: content scripts, which run on every
   * page, carry no schema library of their own. The lists hold only the asking frame's site. */
  getSettings: { request: Record<string, never>; response: { settings: Settings } };
  /** The card mutes (or unmutes) a term on a site. */
  muteTerm: { request: { site: string; termId: string; muted: boolean }; response: { ok: boolean } };
  /** A frame reports its mentions. */
  report: { request: FrameReport; response: { tabRelevant: boolean } };
  /** Copy a card's strings through the extension (http pages have no clipboard API in content scripts): by
   * id only, so a frame can put nothing on the clipboard but what the extension builds from its packs. */
  copyCard: { request: CardCopyRequest; response: { ok: boolean } };
  /** The card asks for its copy strings, formatted here so the content script carries no citation engine. */
  cardCopy: { request: CardCopyRequest; response: { text: string; html?: string } | null };
  /** A content script records what was under the pointer when the context menu opened. */
  contextTarget: { request: { termId: string | null; quoteId: string | null }; response: { ok: true } };
  /** Open the full context page at a term. */
  openContext: { request: { termId?: string }; response: { ok: boolean } };
}

export interface ToContent {
  /** The popup asks a frame for its mentions. */
  getMentions: { request: Record<string, never>; response: TabMentions };
  /** Another frame of the tab saw a strong term: weak mentions may show. */
  tabRelevant: { request: Record<string, never>; response: { ok: true } };
  /** Scroll to and flash the nth mention of a term (popup "On this page"). */
  reveal: { request: { termId: string; index: number }; response: { ok: boolean } };
  /** Keyboard command: move to the next or previous mention. */
  step: { request: { direction: 1 | -1 }; response: { ok: boolean } };
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
