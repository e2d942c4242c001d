/**
 * Stands in the content script for the card's UI until a card first opens: the triggers and keyboard
 * commands drive it as they would the UI. The first show, step or hover (whose delay covers the wait) loads
 * the UI (card-ui-loader.ts), which asks for the card's content itself; a card asked for meanwhile is kept,
 * and shown as soon as the UI is there, unless it was closed or its mention went first. After that every call
 * goes straight to the UI.
 */
import type { MentionRecord } from '../mention-store';
import type { TamperReason } from './card-guard';
import type { CardMode, CardSurface, CardUiDeps, CardUiFactory, ContentSource, LoadedCardUi, OpenCard, ShowOptions } from './card-ui-contract';
import type { KeyedTerm } from './term-request';

interface Waiting extends OpenCard {
  opts: ShowOptions;
}

export class CardSlot implements CardSurface {
  private ui: LoadedCardUi | null = null;
  private loading: Promise<LoadedCardUi | null> | null = null;
  private waiting: Waiting | null = null;
  /** Keyboard steps asked for before the UI came, applied in order once it has. */
  private steps: (1 | -1)[] = [];
  onPointerInCard: (inside: boolean) => void = () => undefined;

  /**
   * @param load gets the UI's factory (the background injects its bundle)
   * @param contents where cards get their content instead of the UI's own source (tests: a silent background)
   */
  constructor(
    private readonly deps: Omit<CardUiDeps, 'contents'>,
    private readonly load: () => Promise<CardUiFactory>,
    public contents: ContentSource | null = null,
  ) {}

  /** The card shown now, or the one waiting for the UI. */
  get open(): OpenCard | null {
    return this.ui ? this.ui.open : this.waiting;
  }

  /** The card element, for the tests' probe; null until the UI has shown a card. */
  get element(): HTMLElement | null {
    return this.ui?.element ?? null;
  }

  get lastTamper(): TamperReason | null {
    return this.ui?.lastTamper ?? null;
  }

  /** Whether the UI has loaded in this frame. */
  get loaded(): boolean {
    return this.ui !== null;
  }

  isCard(target: EventTarget | null): boolean {
    return this.ui?.isCard(target) ?? false;
  }

  show(record: MentionRecord, mode: CardMode, opts: ShowOptions = {}): void {
    if (this.ui) return this.ui.show(record, mode, opts);
    if (this.waiting?.record === record) {
      if (mode === 'pinned') this.waiting.mode = 'pinned';
      this.waiting.opts = { ...this.waiting.opts, ...opts };
    } else {
      this.waiting = { record, mode, opts };
    }
    void this.ensureUi();
  }

  close(): void {
    if (this.ui) this.ui.close();
    this.waiting = null;
  }

  /** The keyboard command: the UI picks the mention (it loads on the first step). */
  step(direction: 1 | -1): void {
    if (this.ui) return this.ui.step(direction);
    this.steps.push(direction);
    void this.ensureUi();
  }

  reposition(): void {
    this.ui?.reposition();
  }

  rendered(shown: ReadonlySet<MentionRecord>): void {
    if (this.waiting && !shown.has(this.waiting.record)) this.waiting = null;
    this.ui?.rendered(shown);
  }

  /** A hover waiting out its delay: the UI, then the term's content, are asked for now, so the card shows at once. */
  prefetch(term: KeyedTerm): void {
    void this.ensureUi().then((ui) => ui?.prefetch(term));
  }

  /** Loads the UI once; a failed load is forgotten, so the next card asks again. */
  private ensureUi(): Promise<LoadedCardUi | null> {
    this.loading ??= this.load().then(
      (factory) => {
        // The UI reads `contents` at each use: a test may swap the slot's source for one that never answers.
        const ui = factory({ ...this.deps, contentsOverride: () => this.contents });
        ui.onPointerInCard = (inside) => this.onPointerInCard(inside);
        this.ui = ui;
        const { waiting, steps } = this;
        this.waiting = null;
        this.steps = [];
        if (waiting) ui.show(waiting.record, waiting.mode, waiting.opts);
        for (const direction of steps) ui.step(direction);
        return ui;
      },
      (error: unknown) => {
        this.loading = null;
        this.waiting = null;
        this.steps = [];
        console.warn('Context Cards: the card could not be shown.', error instanceof Error ? error.message : error);
        return null;
      },
    );
    return this.loading;
  }
}
