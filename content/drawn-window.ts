/**
 * Which shown mentions are registered with the highlighter: all of them up to DRAW_MAX; past that, those in
 * the viewport and then those nearest it (up to a viewport's height above and below), at most DRAW_MAX,
 * updated as the reader scrolls. Painting thousands of ranges, most in one text node, froze the page
 * (docs/benchmark.md, dense node). Every shown mention is still counted: this only decides what is drawn.
 */
import { afterNextFrame, type AfterFrame } from './after-frame';
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
 * The slice [from, to) of `count` items in document order to draw for the band [top, bottom]: the items
 * inside the band, then its neighbours within `margin`, one below and one above in turn, at most `max` in
 * all. Each edge is found by a binary search, so it reads O(log count) boxes whatever the window holds: a
 * box in a text node of thousands of lines costs a walk over them (1.4 to 4.7 ms each in Chromium, 0.75 in
 * Firefox, on a 10,000-line <pre>), and a window of 150 read one by one held a slice for hundreds of ms.
 */
export function windowOf(count: number, boxOf: (i: number) => Box, top: number, bottom: number, margin: number, max: number): { from: number; to: number } {
  /** The first index at or after `lo` for which `past` holds (it holds from some index on). */
  const first = (lo: number, past: (box: Box) => boolean) => {
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(boxOf(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const from = first(0, (b) => b.bottom >= top);
  const bandEnd = first(from, (b) => b.top > bottom);
  if (bandEnd - from >= max) return { from, to: from + max };
  const below = first(bandEnd, (b) => b.top > bottom + margin) - bandEnd;
  const above = from - first(0, (b) => b.bottom >= top - margin);
  // What is left of `max`, shared one below and one above in turn; one side short, the other takes the rest.
  const left = max - (bandEnd - from);
  let down = Math.min(below, Math.ceil(left / 2));
  const up = Math.min(above, left - down);
  down = Math.min(below, left - up);
  return { from: from - up, to: bandEnd + down };
}

export interface DrawnWindowOptions {
  max?: number;
  /** A mention's box; by default its range's bounding rectangle. */
  boxOf?: (record: MentionRecord) => Box;
  /** When boxes may be read after a scroll; by default right after the page's next frame (after-frame.ts). */
  afterFrame?: AfterFrame;
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
  private readonly afterFrame: AfterFrame;

  constructor(
    private readonly draw: (records: readonly MentionRecord[]) => void,
    opts: DrawnWindowOptions = {},
  ) {
    this.max = opts.max ?? DRAW_MAX;
    this.boxOf = opts.boxOf ?? ((record) => this.rangeBox(record));
    this.afterFrame = opts.afterFrame ?? afterNextFrame;
  }

  /** Moves the window as the reader scrolls the page or any element in it, or resizes the window. */
  listen(doc: Document, signal: AbortSignal): void {
    this.view = doc.defaultView;
    this.range = doc.createRange();
    const moved = () => {
      if (this.list.length <= this.max || this.timer !== null) return;
      this.timer = setTimeout(() => this.afterFrame(() => {
        this.timer = null;
        if (!signal.aborted) this.update(false);
      }), SCROLL_DELAY_MS);
    };
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('scroll', moved, listen);
    this.view?.addEventListener('resize', moved, listen);
    signal.addEventListener('abort', () => {
      if (this.timer !== null) clearTimeout(this.timer);
      this.list = [];
    }, { once: true });
  }

  /** Draws the part of `list` (the shown mentions, in document order) the reader can see or nearly. Called
   * right after a frame (the scanner's news comes then), when reading boxes lays nothing out. */
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
