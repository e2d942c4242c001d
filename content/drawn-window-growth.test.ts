// @vitest-environment happy-dom
// The drawn window (content/drawn-window.ts) while a long text is matched a piece at a time: the shown list
// grows at its end, below the window, and no box is read again until the window can change.
import { describe, expect, it } from 'vitest';
import { DRAW_MAX, DrawnWindow, windowOf, type Box } from './drawn-window';
import type { MentionRecord } from './mention-store';

const records = (n: number) => Array.from({ length: n }, (_, seq) => ({ seq }) as unknown as MentionRecord);

describe('DrawnWindow as the list grows below it', () => {
  it('reads no box while mentions are added past the window, and reads again when one comes inside it', () => {
    let reads = 0;
    const box = (r: MentionRecord): Box => (reads++, { top: r.seq * 20, bottom: r.seq * 20 + 16 });
    const drawn: (readonly MentionRecord[])[] = [];
    const window = new DrawnWindow((list) => drawn.push(list), { boxOf: box });
    const controller = new AbortController();
    window.listen(document, controller.signal);
    const all = records(10_000);
    window.show(all.slice(0, 1000));
    const first = drawn.at(-1)!;
    expect(first.length).toBeLessThanOrEqual(DRAW_MAX);
    expect(first[0]!.seq).toBe(0);
    // Nine more pieces, each adding 1,000 mentions at the end (a <pre> of 10,000 lines): the same window.
    reads = 0;
    for (let n = 2000; n <= 10_000; n += 1000) window.show(all.slice(0, n));
    expect(reads).toBe(0);
    expect(drawn).toHaveLength(1);
    // A mention inserted before the window's end changes it: the window is found again.
    const inserted = [all[0]!, { seq: 0.5 } as unknown as MentionRecord, ...all.slice(1)];
    window.show(inserted);
    expect(reads).toBeGreaterThan(0);
    expect(drawn).toHaveLength(2);
    expect(drawn.at(-1)!.map((r) => r.seq)).toContain(0.5);
    controller.abort();
  });

  it('draws every mention while the list is within the bound, however it grows', () => {
    const drawn: (readonly MentionRecord[])[] = [];
    const window = new DrawnWindow((list) => drawn.push(list), { boxOf: (r) => ({ top: r.seq * 20, bottom: r.seq * 20 + 16 }) });
    const all = records(DRAW_MAX);
    window.show(all.slice(0, 100));
    window.show(all);
    expect(drawn.at(-1)).toBe(all);
  });
});

describe('windowOf', () => {
  it('finds a window of hundreds of items in a few boxes read (binary searches, not one read per item)', () => {
    let reads = 0;
    // 10,000 lines 15 px apart (a <pre>); the band holds 60 lines, the margins 60 more on each side.
    const boxOf = (i: number): Box => (reads++, { top: i * 15, bottom: i * 15 + 15 });
    const { from, to } = windowOf(10_000, boxOf, 30_000, 30_900, 900, DRAW_MAX);
    expect(from).toBe(1939);
    expect(to).toBe(2121);
    // One read an item was 180 or so here (and a box can cost milliseconds).
    expect(reads).toBeLessThanOrEqual(4 * 14);
  });
});

