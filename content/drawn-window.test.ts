// @vitest-environment happy-dom
// The window of shown mentions registered with the highlighter: bounded, in or near the viewport, found in
// work logarithmic in the mentions plus the window, and moved as the reader scrolls.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DRAW_MAX, DrawnWindow, windowOf, type Box } from './drawn-window';
import type { MentionRecord } from './mention-store';

/** Items `gap` pixels apart, each 16 high, the first at `y0`; counts the boxes read. */
function column(gap: number, y0 = 0) {
  let reads = 0;
  const boxOf = (i: number): Box => (reads++, { top: y0 + i * gap, bottom: y0 + i * gap + 16 });
  return { boxOf, reads: () => reads };
}

describe('windowOf', () => {
  it('takes the items in the band, then their neighbours within the margin, in work log n + window', () => {
    const { boxOf, reads } = column(20);
    // 100,000 items; the band is items 5000 to 5050 (y 100,000 to 101,000).
    const { from, to } = windowOf(100_000, boxOf, 100_000, 101_000, 1000, 500);
    expect(from).toBeLessThanOrEqual(5000 - 49); // a margin's worth above
    expect(to).toBeGreaterThanOrEqual(5050 + 50); // and below
    expect(to - from).toBeLessThanOrEqual(500);
    expect(boxOf(from).bottom).toBeGreaterThanOrEqual(100_000 - 1000);
    expect(boxOf(to - 1).top).toBeLessThanOrEqual(101_000 + 1000);
    expect(reads()).toBeLessThan(2 * 17 + (to - from) + 8);
  });

  it('keeps every item in the band before any neighbour when the band holds more than the bound', () => {
    const { boxOf } = column(1);
    const { from, to } = windowOf(10_000, boxOf, 3000, 4000, 1000, 500);
    expect([from, to]).toEqual([2984, 3484]); // the first item whose bottom reaches the band, and 500 on
  });

  it('bounds items that all share one line (a long line of a <pre>)', () => {
    const { from, to } = windowOf(10_000, () => ({ top: 100, bottom: 116 }), 0, 800, 800, 500);
    expect(to - from).toBe(500);
  });

  it('takes nothing when every item is far from the band, and the nearest when some are near', () => {
    expect(windowOf(1000, column(20, 50_000).boxOf, 0, 800, 800, 500)).toEqual({ from: 0, to: 0 });
    const near = windowOf(1000, column(20, -30_000).boxOf, 0, 800, 800, 500);
    expect(near.from).toBeGreaterThan(1000 - 500 - 1);
    expect(near.to).toBe(1000);
  });
});

describe('DrawnWindow', () => {
  afterEach(() => vi.useRealTimers());
  const records = (n: number) => Array.from({ length: n }, (_, seq) => ({ seq }) as unknown as MentionRecord);

  it('draws every mention up to the bound, and past it only the window, moved when the reader scrolls', () => {
    vi.useFakeTimers();
    let scrolled = 0;
    const box = (r: MentionRecord): Box => ({ top: r.seq * 20 - scrolled, bottom: r.seq * 20 + 16 - scrolled });
    const drawn: (readonly MentionRecord[])[] = [];
    const window = new DrawnWindow((list) => drawn.push(list), { boxOf: box });
    const controller = new AbortController();
    window.listen(document, controller.signal);
    const few = records(DRAW_MAX);
    window.show(few);
    expect(drawn.at(-1)).toBe(few);
    const many = records(10_000);
    window.show(many);
    const first = drawn.at(-1)!;
    expect(first.length).toBeLessThanOrEqual(DRAW_MAX);
    expect(first[0]!.seq).toBe(0);
    scrolled = 100_000; // item 5000 at the top
    document.dispatchEvent(new Event('scroll'));
    expect(drawn.at(-1)).toBe(first); // not at once: at most every SCROLL_DELAY_MS
    vi.advanceTimersByTime(150);
    const moved = drawn.at(-1)!;
    expect(moved.length).toBeLessThanOrEqual(DRAW_MAX);
    expect(moved.map((r) => r.seq)).toContain(5000);
    expect(moved.map((r) => r.seq)).toContain(5000 + Math.floor(innerHeight / 20));
    const count = drawn.length;
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(150);
    expect(drawn).toHaveLength(count); // the same window is not drawn again
    controller.abort();
    scrolled = 0;
    document.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(150);
    expect(drawn).toHaveLength(count);
  });
});
