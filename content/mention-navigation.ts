/**
 * Moving between mentions: the keyboard command's next and previous in document order, and the popup's
 * "show this mention", each scrolling the mention into view and marking it.
 */
import type { MentionRecord, MentionStore } from './mention-store';

/** The mentions in document order (the store keeps them in scan order, which shadow roots and appends break). */
export function inDocumentOrder(shown: readonly MentionRecord[]): MentionRecord[] {
  return [...shown].sort((a, b) =>
    a.nodes[0] === b.nodes[0] ? a.range.startOffset - b.range.startOffset : a.nodes[0]!.compareDocumentPosition(b.nodes[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** The mention one step from `current` (wrapping), or the first or last when there is none; null if no mention. */
export function stepFrom(shown: readonly MentionRecord[], current: MentionRecord | null, direction: 1 | -1): { record: MentionRecord; index: number; total: number } | null {
  const list = inDocumentOrder(shown);
  if (!list.length) return null;
  const at = current ? list.indexOf(current) : -1;
  const index = at < 0 ? (direction === 1 ? 0 : list.length - 1) : (at + direction + list.length) % list.length;
  return { record: list[index]!, index, total: list.length };
}

/** The `index`th shown mention of a term, when the request names one that exists. */
export function mentionOfTerm(shown: readonly MentionRecord[], data: unknown): MentionRecord | null {
  if (!data || typeof data !== 'object') return null;
  const { termKey, index } = data as { termKey?: unknown; index?: unknown };
  if (typeof termKey !== 'string' || typeof index !== 'number' || !Number.isInteger(index) || index < 0) return null;
  return shown.filter((r) => r.key === termKey)[index] ?? null;
}

/** The direction a `step` request asks for: back only when it says -1. */
export function directionOf(data: unknown): 1 | -1 {
  return data && typeof data === 'object' && (data as { direction?: unknown }).direction === -1 ? -1 : 1;
}

/** Scrolls a mention into view and marks it; flashes it unless the reader prefers reduced motion. */
export function revealMention(record: MentionRecord, flash: boolean, mark: (record: MentionRecord | null) => void, done: () => void, signal: AbortSignal): void {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  record.nodes[0]!.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  done();
  if (!flash || reduce) return;
  let on = true;
  let n = 0;
  const timer = setInterval(() => {
    on = !on;
    mark(on ? record : null);
    if (++n >= 5) {
      clearInterval(timer);
      done();
    }
  }, 180);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/** The scan sequence number nearest the middle of the viewport, for the mention cap's "nearest first". */
export function viewportAnchor(doc: Document, inScanOrder: readonly MentionRecord[]): number | null {
  const d = doc as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  const x = innerWidth / 2;
  const y = innerHeight / 2;
  const node = d.caretPositionFromPoint?.(x, y)?.offsetNode ?? d.caretRangeFromPoint?.(x, y)?.startContainer;
  if (!node) return null;
  let best: number | null = null;
  for (const r of inScanOrder) {
    const pos = node.compareDocumentPosition(r.nodes[0]!);
    if (pos & Node.DOCUMENT_POSITION_FOLLOWING || r.nodes[0] === node) return r.seq;
    best = r.seq;
  }
  return best;
}

/** Past the mention cap, the mentions nearest the middle of the viewport are kept: the anchor for that. */
export function capAnchor(doc: Document, store: MentionStore): number | null {
  return store.size <= 5000 ? null : viewportAnchor(doc, store.shown(new Set(), null, Infinity).shown);
}
