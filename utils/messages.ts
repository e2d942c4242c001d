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
  /** A sub-frame's shown mentions, one key each (core/tab-state/frames.ts mentionKey), so the badge counts a
   * mention repeated by many frames once; the top frame sends none. */
  keys?: string[];
  /** Whether this frame can be read: at least 200×100 CSS px and it has intersected the viewport. */
  readable: boolean;
}

export interface ToBackground {
  /** A content script asks for the validated packs, and the matcher plan for their terms. */
  getPacks: { request: Record<string, never>; response: { packs: unknown[]; plan: unknown } };
  /** A content script asks for the settings, read and validated here: content scripts, which run on every
   * page, carry no schema library of their own. The lists hold only the asking frame's site. */
  getSettings: { request: Record<string, never>; response: { settings: Settings } };
  /** The card mutes (or unmutes) a term on a site. */
  muteTerm: { request: { site: string; termId: string; muted: boolean }; response: { ok: boolean } };
  /** A frame reports its mentions. */
  report: { request: FrameReport; response: { ok: boolean } };
  /** Copy a card's strings through the extension (http pages have no clipboard API in content scripts): by
   * id only, so a frame can put nothing on the clipboard but what the extension builds from its packs. */
  copyCard: { request: { termId: string; quoteId?: string }; response: { ok: boolean } };
  /** The card asks for its copy strings, formatted here so the content script carries no citation engine. */
  cardCopy: { request: { termId: string; quoteId?: string }; response: { text: string; html?: string } | null };
  /** A content script records what was under the pointer when the context menu opened. */
  contextTarget: { request: { termId: string | null; quoteId: string | null }; response: { ok: true } };
  /** Open the full context page at a term. */
  openContext: { request: { termId?: string }; response: { ok: boolean } };
}

export interface ToContent {
  /** The popup asks a frame for its mentions. */
  getMentions: { request: Record<string, never>; response: TabMentions };
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
