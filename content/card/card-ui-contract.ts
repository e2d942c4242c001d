/**
 * The contract between the content script and the card's UI, which the background injects into the same
 * isolated world on the first card of a frame (entrypoints/card-ui.ts). Types and one registry key only:
 * the content script must not pull the UI in by importing this.
 */
import type { TermContent } from '../../core/pack/term-content';
import type { KeyedTerm } from './term-request';
import type { ContentApp } from '../controller';
import type { MentionRecord } from '../mention-store';
import type { TamperReason } from './card-guard';

/**
 * Where the injected UI finds the content script's registration function: the isolated world's global,
 * under a registry symbol. Pages cannot reach the isolated world; scripts the extension injects there can.
 */
export const CARD_UI_KEY = Symbol.for('context-cards.card-ui');

/** Hover cards close when the pointer leaves; pinned ones (click, keyboard, interaction) wait for Esc. */
export type CardMode = 'hover' | 'pinned';

/** The card shown now. */
export interface OpenCard {
  readonly record: MentionRecord;
  mode: CardMode;
}

export interface ShowOptions {
  /** Picks the line box under the pointer (a wrapped mention has several). */
  point?: { x: number; y: number };
  focus?: boolean;
}

/** Where a card's content comes from (content/card/term-request.ts, in the card's UI). */
export interface ContentSource {
  /** By the term's key, pack and id (a mention record has all three). */
  cached(term: KeyedTerm): TermContent | undefined;
  load(term: KeyedTerm): Promise<TermContent | null>;
}

/** What the triggers and the keyboard commands drive: the card UI, or the slot that stands in for it. */
export interface CardSurface {
  readonly open: OpenCard | null;
  /** Told when the pointer enters (true) or leaves (false) the card. */
  onPointerInCard: (inside: boolean) => void;
  isCard(target: EventTarget | null): boolean;
  show(record: MentionRecord, mode: CardMode, opts?: ShowOptions): void;
  close(): void;
  reposition(): void;
  /** After each render of the highlights: a card whose mention went closes. */
  rendered(shown: ReadonlySet<MentionRecord>): void;
}

/** The injected card UI. */
export interface CardUi extends CardSurface {
  /** Says `text` through the card's live region. */
  announce(text: string): void;
  /** The card element (inside the closed shadow root), for the tests' probe; null before the first card. */
  readonly element: HTMLElement | null;
  /** Why the last card was thrown away because the page touched it. */
  readonly lastTamper: TamperReason | null;
}

/** What the content script hands the UI. */
export interface CardUiDeps {
  app: ContentApp;
  /** Tells the scanner which element is ours (it is not scanned). */
  setOwnHost(host: Element): void;
  contents: ContentSource;
}

/** What the injected bundle hands the content script: the card UI, the keyboard command's steps and the
 * hover's early ask for a term's content. */
export interface LoadedCardUi extends CardUi {
  /** Opens the card of the next (1) or previous (-1) mention (mention-stepper.ts). */
  step(direction: 1 | -1): void;
  /** Asks for a term's content now, so its card shows it at once. */
  prefetch(term: KeyedTerm): void;
}

/** What the content script's slot gives the UI's factory: the UI keeps its own content source, unless a test
 * swapped the slot's in (read at each use). */
export interface SlotDeps extends Omit<CardUiDeps, 'contents'> {
  contentsOverride(): ContentSource | null;
}

export type CardUiFactory = (deps: SlotDeps) => LoadedCardUi;

/** The function the content script leaves at CARD_UI_KEY; the injected UI calls it once with its factory. */
export type RegisterCardUi = (factory: CardUiFactory) => void;
