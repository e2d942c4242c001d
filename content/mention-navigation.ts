/**
 * Moving to a mention: the popup's "show this mention" and the keyboard command's target (picked by the card's
 * UI, content/card/mention-stepper.ts), each scrolled into view and marked.
 */
import type { MentionRecord, MentionStore } from './mention-store';

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
