/**
 * Keeps an open card next to its mention after scrolling, resizing or reflow, and hidden while the mention
 * is out of view. The geometry is placement.ts's; this reads the page and writes the card's style.
 */
import type { CurrentCard } from './current-card';
import { inViewport, placeCard } from './placement';

/** Runs our own change to the card (card-guard.ts); false when the page had changed it first. */
export type OwnChange = (fn: () => void) => boolean;

export function positionCard(card: HTMLElement, cur: CurrentCard, doc: Document, change: OwnChange): void {
  const boxes = [...cur.range.getClientRects()];
  const anchor = boxes[cur.box] ?? boxes[0];
  const view = doc.defaultView ?? window;
  const viewport = { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
  if (!anchor || !inViewport(anchor, viewport)) {
    change(() => (card.style.visibility = 'hidden'));
    return;
  }
  const parent = cur.record.nodes[0]?.parentElement;
  const rtl = !!parent && view.getComputedStyle(parent).direction === 'rtl';
  change(() => {
    card.style.visibility = '';
    // The height the card wants (content, capped by its stylesheet), measured before any earlier cap.
    card.style.maxHeight = '';
    const { left, top, maxHeight } = placeCard(anchor, { width: card.offsetWidth, height: card.offsetHeight }, viewport, rtl);
    card.style.maxHeight = `${Math.floor(maxHeight)}px`;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  });
}
