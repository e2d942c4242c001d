/**
 * Owns the one in-page card of this frame, in the injected card UI: a host element added only while a card
 * is open (card-shell.ts), a new one for every card, in a manual popover in the top layer so fixed headers
 * and overlays cannot cover it. Decides what the view shows (card-render.ts) and keeps it by its mention
 * (card-position.ts).
 */
import { toBackground } from '../../utils/messaging';
import type { MentionRecord } from '../mention-store';
import { copyForCard, muteForCard } from './card-actions';
import type { TamperReason } from './card-guard';
import { positionCard } from './card-position';
import { clearCardView, renderCardView, type CardActions } from './card-render';
import { createCardShell, type CardShell } from './card-shell';
import type { CardMode, CardUi, CardUiDeps, OpenCard, ShowOptions } from './card-ui-contract';
import type { CurrentCard } from './current-card';
import { liveRange } from './hit-test';
import { nearestBox } from './placement';
import { pageTheme } from './theme';

export class CardController implements CardUi {
  private shell: CardShell | null = null;
  private current: CurrentCard | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly popover: boolean;
  onPointerInCard: (inside: boolean) => void = () => undefined;
  lastTamper: TamperReason | null = null;

  constructor(
    private readonly deps: CardUiDeps,
    private readonly doc: Document = document,
  ) {
    this.popover = typeof HTMLElement.prototype.showPopover === 'function';
  }

  get open(): OpenCard | null {
    return this.current;
  }

  get element(): HTMLElement | null {
    return this.shell?.card ?? null;
  }

  /** Whether an event target is the card (events from a closed shadow root are retargeted to its host). */
  isCard(target: EventTarget | null): boolean {
    return target !== null && target === this.shell?.host;
  }

  /** Opens the card for a mention (or updates it); `point` picks the line box under the pointer. */
  show(record: MentionRecord, mode: CardMode, opts: ShowOptions = {}): void {
    if (this.current?.record !== record) {
      const range = liveRange(this.doc, record);
      const boxes = [...range.getClientRects()];
      const near = nearestBox(boxes, opts.point);
      // The card shows at once: with the content kept from an earlier card (or a hover's early ask), else
      // with its label while the background answers.
      const kept = this.deps.contents.cached(record) ?? null;
      const cur: CurrentCard = { record, mode, content: kept, state: kept ? 'ready' : 'loading', range, box: near ? boxes.indexOf(near) : 0 };
      cur.neutral = record.strength === 'strong' && this.deps.app.aboutCamps?.(record) === false;
      this.current = cur;
      this.fetchContent(cur);
    } else if (mode === 'pinned') {
      this.current.mode = 'pinned';
    }
    const { card } = this.ensureShell();
    const theme = pageTheme(record.nodes[0]?.parentElement ?? null, this.doc.defaultView ?? window);
    if (!this.change(() => (card.dataset.theme = theme))) return;
    this.renderCard();
    if (!this.popover) this.change(() => (card.hidden = false));
    else if (!card.matches(':popover-open')) card.showPopover();
    this.reposition();
    // A pinned card's mention becomes the current one, so next/previous continue from it.
    if (mode === 'pinned') this.deps.app.focus(record);
    if (opts.focus) card.focus({ preventScroll: true });
  }

  /**
   * Closes the card and takes the host out of the page. Focus in the card goes back where it came from;
   * focus elsewhere (a hover card never takes it, the reader may have moved on) is left alone.
   */
  close(): void {
    if (!this.current) return;
    const shell = this.shell;
    const hadFocus = !!shell && this.doc.activeElement === shell.host;
    this.current = null;
    if (shell) {
      shell.guard.stop();
      if (this.popover && shell.card.matches(':popover-open')) shell.card.hidePopover();
      clearCardView(shell.card);
      shell.host.remove();
    }
    // Every card gets a new host and root: one the page reached into (Firefox) dies with its card.
    this.shell = null;
    // Focusing an element the page has since removed does nothing, as it should.
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Asks for the card's content (again, when kept: the reader's sources may have changed) and shows it. */
  private fetchContent(cur: CurrentCard): void {
    this.deps.contents.load(cur.record).then(
      (content) => {
        if (this.current !== cur) return;
        if (content && cur.content && JSON.stringify(content) === JSON.stringify(cur.content)) return;
        cur.content = content;
        cur.state = content ? 'ready' : 'none';
        this.update();
      },
      () => {
        // A kept answer still stands; without one the card says the background did not answer.
        if (this.current !== cur || cur.content) return;
        cur.state = 'failed';
        this.update();
      },
    );
  }

  /** Says `text` through the card's live region (the card must be open). */
  announce(text: string): void {
    const live = this.shell?.live;
    if (!live) return;
    this.change(() => (live.textContent = ''));
    // A region that just entered the page needs a moment before screen readers notice a change.
    setTimeout(() => {
      if (this.shell?.live === live) this.change(() => (live.textContent = text));
    }, 100);
  }

  reposition(): void {
    const card = this.shell?.card;
    if (this.current && card) positionCard(card, this.current, this.doc, (fn) => this.change(fn));
  }

  /** After each render of the highlights: a card whose mention went (muted, removed) closes. */
  rendered(shown: ReadonlySet<MentionRecord>): void {
    if (this.current && !shown.has(this.current.record)) this.close();
  }

  private ensureShell(): CardShell {
    this.shell ??= createCardShell(this.doc, this.popover, {
      tampered: (why) => this.tampered(why),
      pointerInCard: (inside) => this.onPointerInCard(inside),
      // Where focus came from, whatever moved it in (the keyboard commands, a click, Tab): Esc returns it there.
      focusFrom: (from) => (this.returnFocus ??= from),
      // Using the card pins it: it no longer vanishes when the pointer leaves.
      used: () => this.current && (this.current.mode = 'pinned'),
    });
    const shell = this.shell;
    if (!shell.host.isConnected) {
      this.doc.documentElement.append(shell.host);
      this.deps.setOwnHost(shell.host);
      shell.guard.watch();
    }
    return shell;
  }

  /** Runs our own change to the card; false when the page had changed it first (the card is then gone). */
  private change(fn: () => void): boolean {
    return this.shell ? this.shell.guard.own(fn) : false;
  }

  /** The page touched the card: it goes at once, with its root, and the next card starts afresh. */
  private tampered(why: TamperReason): void {
    this.lastTamper = why;
    this.close();
  }

  private update(): void {
    this.renderCard();
    this.reposition();
  }

  private renderCard(): void {
    const cur = this.current;
    const card = this.shell?.card;
    if (!cur || !card) return;
    this.change(() => renderCardView(card, cur, this.deps.app, this.actions(cur)));
  }

  private actions(cur: CurrentCard): CardActions {
    const { app } = this.deps;
    const { key, packId, termId } = cur.record;
    const site = app.site();
    return {
      close: () => this.close(),
      cite: (sourceId) => {
        if (cur.citing === sourceId || this.current !== cur) return;
        cur.citing = sourceId;
        this.renderCard();
      },
      copy: (request) =>
        void copyForCard(cur.content, request).then((result) => {
          if (this.current !== cur) return;
          cur.status = result.status;
          cur.manualCopy = result.manualCopy;
          this.update();
        }),
      mute: site
        ? () => {
            const label = cur.content?.label ?? app.labelOf(key);
            const theme = this.shell?.card.dataset.theme;
            void muteForCard({ app, doc: this.doc, site, termKey: key, label, theme, close: () => this.close() });
          }
        : undefined,
      openContext: () => {
        toBackground('openContext', { packId, termId }).catch(() => undefined);
        this.close();
      },
      showSource: () => {
        if (this.current !== cur) return;
        cur.neutral = false;
        this.update();
        this.shell?.card.focus({ preventScroll: true });
      },
    };
  }
}
