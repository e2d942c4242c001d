/**
 * Keeps the page's hands off one card. A closed shadow root is not a wall everywhere (Firefox's
 * `window.find` leaves the page's selection inside it, and `anchorNode.getRootNode()` hands the page the
 * root), so: events the page makes up never reach the card's controls, any change the page makes to the
 * card (DOM, style sheets, script animations) or its selection entering the card is reported, and the
 * controller then throws the card away. Our own changes run through `own()` so they are not mistaken for
 * the page's.
 */

/** Events the card's controls act on: an untrusted one stops at the shadow root, before any of them. */
const GUARDED_EVENTS = [
  'click', 'auxclick', 'dblclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'pointerenter', 'pointerleave', 'pointerover', 'pointerout', 'keydown', 'keyup', 'keypress',
  'focusin', 'focusout', 'focus', 'blur', 'input', 'change', 'submit', 'beforeinput',
] as const;

/** Events that run an action: the card must be intact when they arrive, not only untouched in the DOM. */
const ACTING_EVENTS = new Set(['click', 'auxclick', 'keydown']);

const OBSERVED: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

/** Why a card was thrown away (for tests and the debugging console). */
export type TamperReason = 'mutation' | 'selection' | 'styles' | 'animation' | 'removed';

/** The browser opening or closing one of the card's folds (`<details>`) for the reader: it shows only what the
 * card holds, so it is no tampering (a page toggling it could show no more than that). */
function isFoldToggle(record: MutationRecord): boolean {
  return record.type === 'attributes' && record.attributeName === 'open' && (record.target as Element).localName === 'details';
}

/** Whether an animation is one the card's own CSS started (transitions, keyframes), not a script's. */
function fromCss(animation: Animation): boolean {
  return 'transitionProperty' in animation || 'animationName' in animation;
}

export class CardGuard {
  private readonly observer: MutationObserver;
  private readonly hostObserver: MutationObserver;
  private readonly abort = new AbortController();
  private readonly styles: string;
  private stopped = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly shadow: ShadowRoot,
    private readonly onTamper: (why: TamperReason) => void,
  ) {
    const doc = host.ownerDocument;
    this.styles = this.styleText();
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => !isFoldToggle(r))) this.tamper('mutation');
    });
    // The host lives in the page's tree: the page may restyle or remove it without reaching the root.
    this.hostObserver = new MutationObserver((records) => {
      if (records.some((r) => r.target === host || [...r.removedNodes].includes(host))) this.tamper(host.isConnected ? 'mutation' : 'removed');
    });
    const signal = this.abort.signal;
    for (const type of GUARDED_EVENTS) {
      shadow.addEventListener(type, (e) => {
        if (e.isTrusted && (!ACTING_EVENTS.has(e.type) || this.intact())) return;
        e.stopImmediatePropagation();
        e.preventDefault();
      }, { capture: true, signal });
    }
    // A press in the card starts no selection there (Firefox would show it to the page): focus moves in
    // by hand instead. The manual-copy box keeps its own selection.
    shadow.addEventListener('mousedown', (e) => {
      const target = e.target as Element | null;
      if (!e.isTrusted || (e as MouseEvent).button !== 0 || !target || target.localName === 'textarea') return;
      e.preventDefault();
      const focusable = target.closest('button,a[href],[tabindex]') as HTMLElement | null;
      focusable?.focus({ preventScroll: true });
    }, { signal });
    const onSelection = (e: Event) => {
      if (e.isTrusted && this.selectionInside()) this.tamper('selection');
    };
    doc.addEventListener('selectionchange', onSelection, { signal });
    shadow.addEventListener('selectionchange', onSelection, { signal });
  }

  /** Starts watching; call once the host is in the page. */
  watch(): void {
    this.observer.observe(this.shadow, OBSERVED);
    this.observer.observe(this.host, { attributes: true });
    const parent = this.host.parentNode;
    if (parent) this.hostObserver.observe(parent, { childList: true });
  }

  /**
   * Runs our own change to the card. A change the page made before it is reported first (and the
   * change is skipped); the records our change causes are dropped.
   */
  own(change: () => void): boolean {
    if (this.stopped) return false;
    if (this.observer.takeRecords().length) {
      this.tamper('mutation');
      return false;
    }
    try {
      change();
    } finally {
      this.observer.takeRecords();
      this.hostObserver.takeRecords();
    }
    return true;
  }

  /** Whether the card is as we made it: no pending change, same style sheets, no script animation, no page selection in it. */
  intact(): boolean {
    if (this.stopped) return false;
    if (this.observer.takeRecords().length) return this.tamper('mutation');
    if (this.styleText() !== this.styles) return this.tamper('styles');
    if ((this.shadow.getAnimations?.() ?? []).some((a) => !fromCss(a))) return this.tamper('animation');
    if (this.selectionInside()) return this.tamper('selection');
    return true;
  }

  /** Stops watching (the card is closing). */
  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.hostObserver.disconnect();
    this.abort.abort();
  }

  private tamper(why: TamperReason): false {
    if (!this.stopped) {
      this.stop();
      this.onTamper(why);
    }
    return false;
  }

  /** The page's selection starts or ends in the card (Firefox reports nodes inside a closed root). */
  private selectionInside(): boolean {
    const selection = this.host.ownerDocument.getSelection();
    const inCard = (node: Node | null | undefined) => !!node && (node === this.host || node.getRootNode() === this.shadow);
    return !!selection && (inCard(selection.anchorNode) || inCard(selection.focusNode));
  }

  /** Every rule of every style sheet of the root, and whether each is enabled. */
  private styleText(): string {
    const sheets = [...(this.shadow.adoptedStyleSheets ?? []), ...(this.shadow.styleSheets ?? [])];
    return sheets.map((s) => `${s.disabled}${s.media?.mediaText ?? ''}{${[...s.cssRules].map((r) => r.cssText).join('')}}`).join('\n');
  }
}
