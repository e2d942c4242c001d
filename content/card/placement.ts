/** Where the card goes: next to the mention, inside the viewport, mirrored on right-to-left pages. Pure. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the mention and the card, and the card's minimum distance from the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

/**
 * Places a card of `size` next to `anchor` (viewport coordinates): below it when it fits, else above, else
 * on the roomier side with its height capped to that room (the card scrolls), so it never covers the
 * mention. Aligned to the mention's start edge (right edge when rtl), clamped into the viewport.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): { left: number; top: number; maxHeight: number; side: 'below' | 'above' } {
  const roomBelow = Math.max(0, viewport.height - anchor.bottom - GAP - MARGIN);
  const roomAbove = Math.max(0, anchor.top - GAP - MARGIN);
  const side = size.height <= roomBelow || (size.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = Math.min(size.height, side === 'below' ? roomBelow : roomAbove);
  const rawTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - maxHeight;
  const rawLeft = rtl ? anchor.right - size.width : anchor.left;
  return {
    left: clamp(rawLeft, MARGIN, viewport.width - size.width - MARGIN),
    top: clamp(rawTop, MARGIN, viewport.height - maxHeight - MARGIN),
    maxHeight,
    side,
  };
}

/** Clamps into [min, max]; when the range is empty (a card wider than the viewport) the minimum wins. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

/** Whether a box is at least partly inside the viewport. */
export function inViewport(box: Box, viewport: { width: number; height: number }): boolean {
  return box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width;
}

/** The box nearest a point (a mention that wraps has one box per line), or the first without a point. */
export function nearestBox<T extends Box>(boxes: readonly T[], point?: { x: number; y: number }): T | undefined {
  if (!point) return boxes[0];
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const b of boxes) {
    const dx = Math.max(b.left - point.x, 0, point.x - b.right);
    const dy = Math.max(b.top - point.y, 0, point.y - b.bottom);
    const d = dx * dx + dy * dy;
    if (d < bestDistance) {
      best = b;
      bestDistance = d;
    }
  }
  return best;
}
