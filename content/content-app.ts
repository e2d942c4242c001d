/**
 * What the content script's controller offers the in-page UI (cards, keyboard navigation), and what that UI
 * may offer back: the one seam between the scanner's side and the card's, which loads on demand.
 */
import type { Settings } from '../core/settings/settings';
import type { MentionRecord } from './mention-store';

/** What the in-page card module gets to work with. */
export interface ContentApp {
  readonly signal: AbortSignal;
  /** A term's label, for what the page shows before a card has its content (its id when unknown). */
  /** A term's label by its pack-qualified key. */
  labelOf(termKey: string): string;
  settings(): Settings;
  site(): string | null;
  /** Mentions drawn now, in document order. */
  shown(): readonly MentionRecord[];
  /** The mentions covering a text node. */
  mentionsAt(node: Text): readonly MentionRecord[];
  /** Marks a mention as the current one. */
  focus(record: MentionRecord | null): void;
  /** The current mention (the keyboard's last step, or the popup's last reveal), if still shown. */
  readonly focused: MentionRecord | null;
  /** Scrolls a mention into view and marks it; flashes it unless the reader prefers reduced motion. */
  reveal(record: MentionRecord, flash: boolean): void;
  /** Re-applies settings now (after the card muted a term). */
  refresh(): void;
  /** This document's name of the mention highlight in CSS.highlights, once final ('' before the plan came). */
  readonly highlightName: string;
  /** Whether a mention's region is about the detention camps (else its card is neutral; docs/relevance.md). */
  aboutCamps?(record: MentionRecord): boolean;
}

/** Optional in-page UI (cards, keyboard navigation), attached once the scanner runs. */
export interface PageUi {
  /** Called when the keyboard command asks to move to the next (1) or previous (-1) mention; the card's UI
   * picks it (content/card/mention-stepper.ts). */
  step?(direction: 1 | -1): void;
  /** Called after each render with the mentions now shown. */
  rendered?(shown: readonly MentionRecord[]): void;
}
