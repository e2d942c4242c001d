/**
 * Which shown mentions are registered with the highlighter: all of them up to DRAW_MAX; past that, those in
 * the viewport and then those nearest it (up to a viewport's height above and below), at most DRAW_MAX,
 * updated as the reader scrolls. Painting thousands of ranges, most in one text node, froze the page
 * (docs/benchmark.md, dense node). Every shown mention is still counted: this only decides what is drawn.
 */
import type { MentionRecord } from './mention-store';

/** At most this many ranges are registered at once. */
export const DRAW_MAX = 500;
/** After a scroll, the window is moved at most this often. */
const SCROLL_DELAY_MS = 100;

/** A mention's vertical extent in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
}

/**
 * The slice [from, to) of `count` items in document order to draw for the band [top, bottom]: a binary
 * search for the first that ends inside or below the band, those inside it, then its neighbours within
 * `margin`, one below and one above in turn, at most `max` in all. Reads O(log count + max) boxes.
 */
export function windowOf(count: number, boxOf: (i: number) => Box, top: number, bottom: number, margin: number, max: number): { from: number; to: number } {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxOf(mid).bottom < top) lo = mid + 1;
    else hi = mid;
  }
  let from = lo;
  let to = lo;
  while (to < count && to - from < max && boxOf(to).top <= bottom) to++;
  let down = true;
  let up = true;
  while (to - from < max && (down || up)) {
    if (down) {
      if (to < count && boxOf(to).top <= bottom + margin) to++;
      else down = false;
    }
    if (up && to - from < max) {
      if (from > 0 && boxOf(from - 1).bottom >= top - margin) from--;
      else up = false;
    }
  }
  return { from, to };
}

export interface DrawnWindowOptions {
  max?: number;
  /** A mention's box; by default its range's bounding rectangle. */
  boxOf?: (record: MentionRecord) => Box;
}

export class DrawnWindow {
  private list: readonly MentionRecord[] = [];
  private drawnFrom = -1;
  private drawnTo = -1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private view: Window | null = null;
  private range: Range | null = null;
  private readonly max: number;
  private readonly boxOf: (record: MentionRecord) => Box;

  constructor(
    private readonly draw: (records: readonly MentionRecord[]) => void,
    opts: DrawnWindowOptions = {},
  ) {
    this.max = opts.max ?? DRAW_MAX;
    this.boxOf = opts.boxOf ?? ((record) => this.rangeBox(record));
  }

  /** Moves the window as the reader scrolls the page or any element in it, or resizes the window. */
  listen(doc: Document, signal: AbortSignal): void {
    this.view = doc.defaultView;
    this.range = doc.createRange();
    const moved = () => {
      if (this.list.length <= this.max || this.timer !== null) return;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.update(false);
      }, SCROLL_DELAY_MS);
    };
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('scroll', moved, listen);
    this.view?.addEventListener('resize', moved, listen);
    signal.addEventListener('abort', () => {
      if (this.timer !== null) clearTimeout(this.timer);
      this.list = [];
    }, { once: true });
  }

  /** Draws the part of `list` (the shown mentions, in document order) the reader can see or nearly. */
  show(list: readonly MentionRecord[]): void {
    const before = this.list;
    this.list = list;
    if (this.grewBelow(before, list)) return;
    this.update(true);
  }

  /** Whether `list` is `before` with mentions added past the window's end, after a mention the window did not
   * reach: then the window is the same, and no box is read (a long <pre> matched a piece at a time grows its
   * list at the end each slice, and a box in one huge text node costs a walk over its lines). */
  private grewBelow(before: readonly MentionRecord[], list: readonly MentionRecord[]): boolean {
    const to = this.drawnTo;
    if (to < 0 || to >= before.length || list.length <= before.length) return false;
    for (let i = 0; i <= to; i++) if (list[i] !== before[i]) return false;
    return true;
  }

  private update(listChanged: boolean): void {
    const list = this.list;
    if (list.length <= this.max) {
      this.drawnFrom = this.drawnTo = -1;
      this.draw(list);
      return;
    }
    const height = this.view?.innerHeight ?? 0;
    const { from, to } = windowOf(list.length, (i) => this.boxOf(list[i]!), 0, height, height, this.max);
    if (!listChanged && from === this.drawnFrom && to === this.drawnTo) return;
    this.drawnFrom = from;
    this.drawnTo = to;
    this.draw(list.slice(from, to));
  }

  private rangeBox(record: MentionRecord): Box {
    const r = record.range;
    try {
      this.range!.setStart(r.startContainer, r.startOffset);
      this.range!.setEnd(r.endContainer, r.endOffset);
      const rect = this.range!.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom };
    } catch {
      // A node the page changed since the scan: the next batch drops the mention.
      return { top: 0, bottom: 0 };
    }
  }
}
