/**
 * Owns the one in-page card of this frame: a host element added only while a card is open (card-host.ts),
 * a new one for every card, in a manual popover in the top layer so fixed headers and overlays cannot
 * cover it. Places it next to the mention and keeps it in the viewport.
 * The Preact view only renders props; this class decides what they are.
 */
import { h, render } from 'preact';
import type { ContentState } from '../../components/context/term-context';
import type { CopyRequest as CardCopyRequest } from '../../core/cite/pack-citation';
import type { TermContent, TermQuote } from '../../core/pack/term-content';
import { t, uiLocale, type MessageKey } from '../../utils/i18n';
import { toBackground } from '../../utils/messaging';
import type { ContentApp } from '../controller';
import type { MentionRecord } from '../mention-store';
import { CardView } from './card-view';
import { NeutralCard } from './neutral-card';
import { createCardHost } from './card-host';
import { copyToClipboard } from './clipboard';
import { copyStringsFor } from './copy-request';
import { CardGuard, type TamperReason } from './card-guard';
import { liveRange } from './hit-test';
import { showMuteToast } from './mute-toast';
import { inViewport, nearestBox, placeCard } from './placement';
import { TermContents } from './term-request';
import { pageTheme } from './theme';

/** Hover cards close when the pointer leaves; pinned ones (click, keyboard, interaction) wait for Esc. */
export type CardMode = 'hover' | 'pinned';

/** The card shown now. */
export interface OpenCard {
  readonly record: MentionRecord;
  mode: CardMode;
}

interface Current extends OpenCard {
  /** What the sources say, once the background has answered (or kept from an earlier card). */
  content: TermContent | null;
  state: ContentState;
  /** The source whose item the reader last pointed at or focused: the citation button cites it. */
  citing?: string;
  range: Range;
  /** Which of the mention's line boxes the card sits by (a wrapped mention has several). */
  box: number;
  status?: string;
  manualCopy?: string;
  /** A place or people name in a region not about the camps: the neutral card (neutral-card.tsx). */
  neutral?: boolean;
}

export class CardController {
  private host: HTMLElement | null = null;
  private card: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private guard: CardGuard | null = null;
  private current: Current | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly popover: boolean;
  /** Told when the pointer enters (true) or leaves (false) the card. */
  onPointerInCard: (inside: boolean) => void = () => undefined;
  /** Why the last card was thrown away because the page touched it (for the tests' probe). */
  lastTamper: TamperReason | null = null;

  constructor(
    private readonly app: ContentApp,
    private readonly setOwnHost: (host: Element) => void,
    private readonly doc: Document = document,
    private readonly contents: TermContents = new TermContents(),
  ) {
    this.popover = typeof HTMLElement.prototype.showPopover === 'function';
  }

  /** The card shown now, if any. */
  get open(): OpenCard | null {
    return this.current;
  }

  /** The card element (inside the closed shadow root), for the tests' probe; null before the first card. */
  get element(): HTMLElement | null {
    return this.card;
  }

  /** Whether an event target is the card (events from a closed shadow root are retargeted to its host). */
  isCard(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  /** Opens the card for a mention (or updates it); `point` picks the line box under the pointer. */
  show(record: MentionRecord, mode: CardMode, opts: { point?: { x: number; y: number }; focus?: boolean } = {}): void {
    if (this.current?.record !== record) {
      const range = liveRange(this.doc, record);
      const boxes = [...range.getClientRects()];
      const near = nearestBox(boxes, opts.point);
      // The card shows at once: with the content kept from an earlier card (or a hover's early ask), else
      // with its label while the background answers.
      const kept = this.contents.cached(record.termId) ?? null;
      const cur: Current = { record, mode, content: kept, state: kept ? 'ready' : 'loading', range, box: near ? boxes.indexOf(near) : 0 };
      cur.neutral = record.strength === 'strong' && this.app.aboutCamps?.(record) === false;
      this.current = cur;
      this.fetchContent(cur);
    } else if (mode === 'pinned') {
      this.current.mode = 'pinned';
    }
    const { card } = this.ensureHost();
    const theme = pageTheme(record.nodes[0]?.parentElement ?? null, this.doc.defaultView ?? window);
    if (!this.change(() => (card.dataset.theme = theme))) return;
    this.renderCard();
    if (!this.popover) this.change(() => (card.hidden = false));
    else if (!card.matches(':popover-open')) card.showPopover();
    this.reposition();
    // A pinned card's mention becomes the current one, so next/previous continue from it.
    if (mode === 'pinned') this.app.focus(record);
    if (opts.focus) card.focus({ preventScroll: true });
  }

  /**
   * Closes the card and takes the host out of the page. Focus in the card goes back where it came from;
   * focus elsewhere (a hover card never takes it, the reader may have moved on) is left alone.
   */
  close(): void {
    if (!this.current) return;
    const hadFocus = this.doc.activeElement === this.host;
    this.current = null;
    this.guard?.stop();
    if (this.card) {
      if (this.popover && this.card.matches(':popover-open')) this.card.hidePopover();
      render(null, this.card);
    }
    this.host?.remove();
    // Every card gets a new host and root: one the page reached into (Firefox) dies with its card.
    this.host = this.card = this.live = this.guard = null;
    // Focusing an element the page has since removed does nothing, as it should.
    if (hadFocus) this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** Asks the background early (a hover waiting out its delay), so the card can show its content at once. */
  prefetch(termId: string): void {
    this.contents.load(termId).catch(() => undefined);
  }

  /** Asks for the card's content (again, when kept: the reader's sources may have changed) and shows it. */
  private fetchContent(cur: Current): void {
    const { termId } = cur.record;
    this.contents.load(termId).then(
      (content) => {
        if (this.current !== cur) return;
        if (content && cur.content && JSON.stringify(content) === JSON.stringify(cur.content)) return;
        cur.content = content;
        cur.state = content ? 'ready' : 'none';
        this.renderCard();
        this.reposition();
      },
      () => {
        // A kept answer still stands; without one the card says the background did not answer.
        if (this.current !== cur || cur.content) return;
        cur.state = 'failed';
        this.renderCard();
        this.reposition();
      },
    );
  }

  /** Says `text` through the card's live region (the card must be open). */
  announce(text: string): void {
    const live = this.live;
    if (!live) return;
    this.change(() => (live.textContent = ''));
    // A region that just entered the page needs a moment before screen readers notice a change.
    setTimeout(() => {
      if (this.live === live) this.change(() => (live.textContent = text));
    }, 100);
  }

  /** Keeps the card next to its mention after scrolling, resizing or reflow; hides it while the mention is out of view. */
  reposition(): void {
    const cur = this.current;
    const card = this.card;
    if (!cur || !card) return;
    const boxes = [...cur.range.getClientRects()];
    const anchor = boxes[cur.box] ?? boxes[0];
    const view = this.doc.defaultView ?? window;
    const viewport = { width: this.doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    if (!anchor || !inViewport(anchor, viewport)) {
      this.change(() => (card.style.visibility = 'hidden'));
      return;
    }
    const parent = cur.record.nodes[0]?.parentElement;
    const rtl = !!parent && view.getComputedStyle(parent).direction === 'rtl';
    this.change(() => {
      card.style.visibility = '';
      // The height the card wants (content, capped by its stylesheet), measured before any earlier cap.
      card.style.maxHeight = '';
      const { left, top, maxHeight } = placeCard(anchor, { width: card.offsetWidth, height: card.offsetHeight }, viewport, rtl);
      card.style.maxHeight = `${Math.floor(maxHeight)}px`;
      card.style.left = `${Math.round(left)}px`;
      card.style.top = `${Math.round(top)}px`;
    });
  }

  /** After each render of the highlights: a card whose mention went (muted, removed) closes. */
  rendered(shown: ReadonlySet<MentionRecord>): void {
    if (this.current && !shown.has(this.current.record)) this.close();
  }

  private ensureHost(): { host: HTMLElement; card: HTMLElement } {
    if (!this.host || !this.card) {
      const { host, shadow, card, live } = createCardHost(this.doc, this.popover);
      // The guard's listeners come first: events the page makes up stop there (see card-guard.ts).
      this.guard = new CardGuard(host, shadow, (why) => this.tampered(why));
      // Key presses inside the card must not reach the page's shortcuts (issue 5).
      for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
      // Each listener checks `isTrusted` itself too: the guard is one line of defence, not the only one.
      card.addEventListener('pointerenter', (e) => e.isTrusted && this.onPointerInCard(true));
      card.addEventListener('pointerleave', (e) => e.isTrusted && this.onPointerInCard(false));
      // Where focus came from, whatever moved it in (the keyboard commands, a click, Tab): Esc returns it there.
      card.addEventListener('focusin', (e) => {
        const from = e.relatedTarget;
        if (e.isTrusted && !this.returnFocus && from instanceof HTMLElement && !card.contains(from)) this.returnFocus = from;
      });
      // Using the card (a click, a tap) pins it: it no longer vanishes when the pointer leaves.
      card.addEventListener('pointerdown', (e) => {
        if (e.isTrusted && this.current) this.current.mode = 'pinned';
      });
      this.host = host;
      this.card = card;
      this.live = live;
    }
    if (!this.host.isConnected) {
      this.doc.documentElement.append(this.host);
      this.setOwnHost(this.host);
      this.guard?.watch();
    }
    return { host: this.host, card: this.card };
  }

  /** Runs our own change to the card; false when the page had changed it first (the card is then gone). */
  private change(fn: () => void): boolean {
    return this.guard ? this.guard.own(fn) : false;
  }

  /** The page touched the card: it goes at once, with its root, and the next card starts afresh. */
  private tampered(why: TamperReason): void {
    this.lastTamper = why;
    this.close();
  }

  private renderCard(): void {
    const cur = this.current;
    const card = this.card;
    if (!cur || !card) return;
    const { record, content } = cur;
    const termId = record.termId;
    const settings = this.app.settings();
    const site = this.app.site();
    const locale = uiLocale();
    const termLabel = content?.label ?? this.app.labelOf(termId);
    const label = t('card_dialogLabel', [termLabel]);
    // Every action below is a closure over the record and content we hold: nothing is read back from the card.
    this.change(() => {
      card.lang = locale;
      card.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
      card.setAttribute('aria-label', label);
      if (cur.neutral) {
        const onShowSource = () => ((cur.neutral = false), this.renderCard(), this.reposition(), card.focus({ preventScroll: true }));
        return render(h(NeutralCard, { label: termLabel, onClose: () => this.close(), onShowSource }), card);
      }
      render(
        h(CardView, {
          termId,
          label: termLabel,
          content,
          state: cur.state,
          citing: cur.citing,
          locale,
          // Style names come from _locales (kept equal to core/cite/styles.ts by a test), not the style table.
          citationStyleName: t(`card_style_${settings.citationStyle.replace(/-/g, '_')}` as MessageKey),
          status: cur.status,
          manualCopy: cur.manualCopy,
          onClose: () => this.close(),
          onCiting: (sourceId: string) => {
            if (cur.citing === sourceId || this.current !== cur) return;
            cur.citing = sourceId;
            this.renderCard();
          },
          onCopyCitation: (sourceId: string | undefined) => void this.copy(sourceId ? { termId, sourceId } : { termId }),
          onCopyQuote: (quote: TermQuote, sourceId: string) => void this.copy({ termId, sourceId, quoteId: quote.id }),
          onMute: site ? () => void this.mute(site, termId) : undefined,
          onOpenContext: () => {
            toBackground('openContext', { termId }).catch(() => undefined);
            this.close();
          },
        }),
        card,
      );
    });
  }

  private async copy(request: CardCopyRequest): Promise<void> {
    const cur = this.current;
    if (!cur) return;
    const payload = await copyStringsFor(cur.content, request);
    const result = await copyToClipboard(payload, request);
    if (this.current !== cur) return;
    cur.status = t(result === 'copied' ? 'card_copied' : 'card_copyManual');
    cur.manualCopy = result === 'copied' ? undefined : payload.text;
    this.renderCard();
    this.reposition();
  }

  private async mute(site: string, termId: string): Promise<void> {
    await toBackground('muteTerm', { site, termId, muted: true });
    const label = this.current?.content?.label ?? this.app.labelOf(termId);
    const { theme } = this.card?.dataset ?? {};
    // The highlight goes on the next render, and with it this card (see rendered()).
    this.app.refresh();
    this.close();
    const undo = () => toBackground('muteTerm', { site, termId, muted: false }).then(() => this.app.refresh());
    showMuteToast({ doc: this.doc, label, theme, dir: t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr', lang: uiLocale(), undo });
  }
}
