/**
 * Which mention is under the pointer. Highlights are not elements, so: the caret position under the point,
 * the store's per-text-node index, the mention's offsets, and a live Range only for that one candidate to
 * confirm the point is really on its text (caret APIs snap to the nearest text, even from blank space).
 */
import type { MentionRecord } from '../mention-store';
import type { Box } from './placement';

/** A caret position: a node and an offset in it. */
export interface CaretHit {
  node: Node;
  offset: number;
}

export interface HitDeps {
  /** The open shadow roots under a viewport point, outermost first (the look-ups below see into these only). */
  shadowRootsAt?(x: number, y: number): ShadowRoot[];
  /** The caret position under a viewport point, or null. */
  caretAt(x: number, y: number, shadowRoots: ShadowRoot[]): CaretHit | null;
  /** The mentions covering a text node (the controller's index). */
  mentionsAt(node: Text): readonly MentionRecord[];
  /** Whether a mention is drawn now (not muted, not over the cap). */
  isShown(record: MentionRecord): boolean;
  /** The client boxes of one mention (a live Range made for it alone). */
  boxesOf(record: MentionRecord): readonly Box[];
  /**
   * `CSS.highlights.highlightsFromPoint` where it exists: whether one of our highlights is under the
   * point, and the mention when the browser reports ranges. Undefined when the browser lacks it.
   */
  highlightsAt?(x: number, y: number, shadowRoots: ShadowRoot[]): { ours: boolean; record?: MentionRecord };
}

/** Slack around a mention's boxes, in CSS pixels, so the pointer on its edge still counts. */
const SLACK = 1;

/** Whether a caret offset in `node` falls inside a mention that covers `node`. */
export function offsetInside(record: MentionRecord, node: Text, offset: number): boolean {
  const { range } = record;
  if (!record.nodes.includes(node)) return false;
  if (node === range.startContainer && offset < range.startOffset) return false;
  if (node === range.endContainer && offset > range.endOffset) return false;
  return true;
}

function onBoxes(boxes: readonly Box[], x: number, y: number): boolean {
  return boxes.some((b) => x >= b.left - SLACK && x <= b.right + SLACK && y >= b.top - SLACK && y <= b.bottom + SLACK);
}

/** The mention drawn under a viewport point, or null. Touches the layout of one mention at most. */
export function mentionAtPoint(x: number, y: number, deps: HitDeps): MentionRecord | null {
  const roots = deps.shadowRootsAt?.(x, y) ?? [];
  const fast = deps.highlightsAt?.(x, y, roots);
  if (fast && !fast.ours) return null;
  if (fast?.record && deps.isShown(fast.record)) return fast.record;
  const caret = deps.caretAt(x, y, roots);
  if (!caret || caret.node.nodeType !== 3) return null;
  const node = caret.node as Text;
  // Overlapping mentions: the last one listed is the innermost match the scanner added.
  const candidates = deps.mentionsAt(node).filter((r) => deps.isShown(r) && offsetInside(r, node, caret.offset));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const record = candidates[i]!;
    if (onBoxes(deps.boxesOf(record), x, y)) return record;
  }
  return null;
}

/**
 * The open shadow roots stacked under a point, outermost first. Caret and highlight look-ups stop at a
 * shadow host unless given its root (CSSOM View, caretPositionFromPoint's `shadowRoots`), and the
 * scanner highlights inside open roots. One element hit test per root, none when there is no host.
 */
export function openShadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let el = doc.elementFromPoint(x, y); el?.shadowRoot && !roots.includes(el.shadowRoot); ) {
    roots.push(el.shadowRoot);
    el = el.shadowRoot.elementFromPoint(x, y);
  }
  return roots;
}

/** The document's caret look-up: the standard caretPositionFromPoint, else WebKit's caretRangeFromPoint (blind to shadow roots). */
export function documentCaret(doc: Document): HitDeps['caretAt'] {
  if (typeof doc.caretPositionFromPoint === 'function') {
    return (x, y, shadowRoots) => {
      const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    };
  }
  return (x, y) => {
    const r = doc.caretRangeFromPoint?.(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  };
}

/** A live Range over a mention, for its boxes; made only for the one mention that needs them. */
export function liveRange(doc: Document, record: MentionRecord): Range {
  const range = doc.createRange();
  range.setStart(record.range.startContainer, record.range.startOffset);
  range.setEnd(record.range.endContainer, record.range.endOffset);
  return range;
}
