/**
 * What opens and closes the card: hover (after the reader's delay, WCAG 1.4.13: the pointer may move into
 * the card, which stays until the pointer leaves both), click or tap (never on links, buttons, labels or
 * summaries, never right after a selection, never blocking the page's own click), and Esc. Pointer moves
 * are hit-tested at most once per animation frame. Every listener hangs on the content script's signal.
 * Events the page makes up (`isTrusted` false) open, pin and close nothing.
 */
import type { ContentApp } from '../controller';
import type { MentionRecord } from '../mention-store';
import type { CardSlot } from './card-slot';
import { documentCaret, liveRange, mentionAtPoint, openShadowRootsAt, type HitDeps } from './hit-test';

/** How long a hover card waits after the pointer leaves before closing (room to reach the card). */
export const CLOSE_GRACE_MS = 300;

/** Elements whose own click must win: a mention inside one opens no card. */
const INTERACTIVE = 'a[href],button,label,summary,input,select,textarea,[contenteditable=""],[contenteditable=true],[role=button],[role=link]';

type HighlightsFromPoint = (x: number, y: number, options: { shadowRoots: ShadowRoot[] }) => unknown[];

export class CardTriggers {
  private shown = new Set<MentionRecord>();
  private byRange = new Map<AbstractRange, MentionRecord>();
  private pending: { record: MentionRecord; timer: ReturnType<typeof setTimeout> } | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private last: { x: number; y: number; target: EventTarget | null } | null = null;
  private frame = 0;
  private readonly deps: HitDeps;

  constructor(
    private readonly cards: CardSlot,
    private readonly app: ContentApp,
    private readonly doc: Document = document,
  ) {
    this.deps = {
      shadowRootsAt: (x, y) => openShadowRootsAt(doc, x, y),
      caretAt: documentCaret(doc),
      mentionsAt: (node) => app.mentionsAt(node),
      isShown: (r) => this.shown.has(r),
      boxesOf: (r) => [...liveRange(doc, r).getClientRects()],
      highlightsAt: this.highlightsAt(),
    };
    cards.onPointerInCard = (inside) => (inside ? this.cancelClose() : this.scheduleClose());
  }

  /** Adds the listeners; all go when `signal` aborts. */
  start(signal: AbortSignal): void {
    const view = this.doc.defaultView ?? window;
    const passive = { capture: true, passive: true, signal };
    view.addEventListener('pointermove', (e) => this.onMove(e), passive);
    view.addEventListener('click', (e) => this.onClick(e), passive);
    view.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    view.addEventListener('scroll', () => this.queueReposition(), passive);
    view.addEventListener('resize', () => this.queueReposition(), { passive: true, signal });
    // The pointer left the window: a hover card goes, as it would on leaving the mention.
    this.doc.addEventListener('pointerout', (e) => { if (e.isTrusted && !e.relatedTarget) this.scheduleClose(); }, passive);
    signal.addEventListener('abort', () => {
      this.cancelTimers();
      cancelAnimationFrame(this.frame);
      this.cards.close();
    }, { once: true });
  }

  /** The mentions drawn now (from the controller's render). */
  rendered(shown: readonly MentionRecord[]): void {
    this.shown = new Set(shown);
    this.byRange = new Map(shown.map((r) => [r.range, r]));
    this.cards.rendered(this.shown);
  }

  /** The mention under a viewport point, if one is drawn there. */
  mentionAt(x: number, y: number): MentionRecord | null {
    return this.shown.size ? mentionAtPoint(x, y, this.deps) : null;
  }

  private onMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    this.last = { x: e.clientX, y: e.clientY, target: e.target };
    if (!this.frame) this.frame = requestAnimationFrame(() => this.processMove());
  }

  private processMove(): void {
    this.frame = 0;
    const last = this.last;
    if (!last) return;
    const open = this.cards.open;
    // On the card counts as on its mention: the card stays (WCAG 1.4.13, hoverable).
    const record = this.cards.isCard(last.target) ? open?.record : this.mentionAt(last.x, last.y);
    if (record && open?.record === record) {
      this.cancelTimers();
      return;
    }
    if (open?.mode === 'hover') this.scheduleClose();
    if (!record || open?.mode === 'pinned') {
      this.cancelPending();
      return;
    }
    if (this.pending?.record === record) return;
    this.cancelPending();
    // The card's content is asked for now, so it is there when the delay ends.
    this.cards.prefetch(record);
    const point = { x: last.x, y: last.y };
    const timer = setTimeout(() => {
      this.pending = null;
      this.cancelClose();
      this.cards.show(record, 'hover', { point });
    }, this.app.settings().hoverDelayMs);
    this.pending = { record, timer };
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || e.button !== 0 || this.cards.isCard(e.target)) return;
    const selection = this.doc.getSelection();
    // The composed path reaches into open shadow roots, where e.target stops at the host.
    const interactive = e.composedPath().some((n) => n instanceof Element && n.matches(INTERACTIVE));
    const record = interactive || (selection && !selection.isCollapsed) ? null : this.mentionAt(e.clientX, e.clientY);
    if (record) {
      this.cancelTimers();
      this.cards.show(record, 'pinned', { point: { x: e.clientX, y: e.clientY } });
    } else if (this.cards.open) {
      this.cards.close();
    }
  }

  private onKey(e: KeyboardEvent): void {
    // Esc is ours only while a card is open; otherwise the page keeps it.
    if (!e.isTrusted || e.key !== 'Escape' || !this.cards.open) return;
    e.stopPropagation();
    e.preventDefault();
    this.cancelPending();
    this.cards.close();
  }

  private queueReposition(): void {
    if (!this.cards.open || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.cards.reposition();
    });
  }

  private scheduleClose(): void {
    this.cancelPending();
    if (this.cards.open?.mode !== 'hover' || this.closeTimer) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (this.cards.open?.mode === 'hover') this.cards.close();
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private cancelTimers(): void {
    this.cancelPending();
    this.cancelClose();
  }

  private cancelPending(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = null;
  }

  /** `highlightsFromPoint` where the browser has it: a fast "none of ours here", and the range when reported. */
  private highlightsAt(): HitDeps['highlightsAt'] {
    const registry = (typeof CSS !== 'undefined' ? CSS.highlights : undefined) as (HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint }) | undefined;
    if (typeof registry?.highlightsFromPoint !== 'function') return undefined;
    return (x, y, shadowRoots) => {
      const ours = registry.get(this.app.highlightName);
      // A page that replaced our entry must not blind the hit test: fall back to the caret path.
      if (!ours) return { ours: true };
      try {
        for (const hit of registry.highlightsFromPoint!(x, y, { shadowRoots })) {
          const entry = hit as { highlight?: Highlight; ranges?: AbstractRange[] };
          const highlight = entry.highlight ?? hit;
          if (highlight !== ours) continue;
          const record = entry.ranges?.map((r) => this.byRange.get(r)).find((r) => r !== undefined);
          return { ours: true, record };
        }
        return { ours: false };
      } catch {
        return { ours: true };
      }
    };
  }
}
