/**
 * The benchmark's probe, injected with scripting.executeScript into the content script's isolated world
 * (so it shares that world's global with the shipped script and with mark.js). It times work inside the
 * page: CPU time around the synchronous work, and wall time until the next rendered frame.
 * Bench-only: never part of the extension.
 */
import type { BenchHandle } from '../content/bench-hook';

interface MarkOptions {
  separateWordSearch?: boolean;
  done?: (count: number) => void;
}
interface MarkInstance {
  mark(terms: string[], options?: MarkOptions): void;
  markRegExp(re: RegExp, options?: MarkOptions): void;
  unmark(options?: { done?: () => void }): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

/** One timed run: CPU ms per repetition, wall ms of the first repetition to the next frame. */
export interface Timing {
  ms: number;
  wallMs: number;
  count: number;
  reps: number;
}

const world = globalThis as unknown as Record<symbol, unknown> & { Mark?: MarkConstructor };
const hook = (): BenchHandle => {
  const handle = world[Symbol.for('context-cards.bench')] as BenchHandle | undefined;
  if (!handle) throw new Error('the content script exposes no bench handle');
  return handle;
};

/** A full gc before each sample (Chromium runs with --expose-gc), so no engine pays for another's garbage. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Resolves after the next rendered frame (rAF runs before paint; the timeout lands after it). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The floor: a bare TreeWalker over the body's text nodes, consuming every node's text. */
function floorWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let sum = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    sum += text.length + (text.length ? text.charCodeAt(text.length - 1) : 0);
    nodes++;
  }
  // The sum feeds the result so the walk cannot be dropped as dead code.
  return sum > 0 ? nodes : -nodes;
}

/** How long each engine runs untimed before its batches (see `timed`). */
const WARM_MS = 25;

/**
 * Runs `work` once (after a gc) with its wall time to the next frame, then times batches of repetitions,
 * each batch long enough (about `batchMs`) for the 0.1 ms timer, and keeps the median batch: a preempted
 * or garbage-collected batch on a busy machine does not move it.
 */
async function timed(work: () => number, batchMs: number, batches: number): Promise<Timing> {
  collectGarbage();
  const t0 = performance.now();
  const count = work();
  await nextFrame();
  const wallMs = performance.now() - t0;
  // Warm up: repeat the work for WARM_MS first, so both engines are timed as compiled code at steady
  // state (measured: 3 ms batches right after the first run timed the optimising compiler's warm-up, and
  // the longer the code, the more: ratios moved by up to a third between runs). The first, cold run is
  // what `wallMs` and the load's own work report.
  for (const until = performance.now() + WARM_MS; performance.now() < until; ) work();
  // Calibrate: double the repetitions until one batch lasts `batchMs` (a tiny page takes microseconds).
  // Timed warm, never from the cold first run: a slow first run once left a tiny page at one repetition
  // per batch, which the 0.1 ms timer read as 0 ms.
  let per = 1;
  for (;;) {
    const a = performance.now();
    for (let i = 0; i < per; i++) work();
    if (performance.now() - a >= batchMs || per >= 1 << 16) break;
    per *= 2;
  }
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    const a = performance.now();
    for (let i = 0; i < per; i++) work();
    means.push((performance.now() - a) / per);
  }
  means.sort((x, y) => x - y);
  return { ms: means[means.length >> 1]!, wallMs, count, reps: per * batches };
}

/** Times a mark.js call; unmark() follows after the frame, outside the timing, and restores the page. */
async function timedMark(run: (instance: MarkInstance, done: (n: number) => void) => void): Promise<Timing> {
  const Mark = world.Mark;
  if (!Mark) throw new Error('mark.js is not loaded in this world');
  const instance = new Mark(document.body);
  let count = 0;
  collectGarbage();
  const t0 = performance.now();
  run(instance, (n) => (count = n));
  const t1 = performance.now();
  await nextFrame();
  const wallMs = performance.now() - t0;
  instance.unmark();
  return { ms: t1 - t0, wallMs, count, reps: 1 };
}

/** What the card watch saw: frames from the trigger (the card's show()) to the first frame with content. */
interface CardSeen {
  frames: number;
  ms: number;
}
interface CardLike {
  show: (...args: unknown[]) => void;
  element: HTMLElement | null;
}
let cardSeen: CardSeen[] = [];

/** Whether the card shows content: open in the top layer (or unhidden) with its text in place. */
function cardShowsContent(card: HTMLElement | null): boolean {
  if (!card) return false;
  const open = typeof card.matches === 'function' && (card.matches(':popover-open') || (!card.hidden && card.isConnected));
  // Content, not the label the card shows while it asks the background for its term (data-state "loading").
  return open && !card.querySelector('[data-state=loading]') && (card.textContent ?? '').trim().length > 20 && card.getBoundingClientRect().height > 0;
}

/** The ranges of every highlight in the document's registry, as live ranges, in document order. */
function highlightRanges(): Range[] {
  const ranges: Range[] = [];
  for (const [, highlight] of CSS.highlights as unknown as Map<string, Set<AbstractRange>>) {
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

const probe = {
  /**
   * Counts, from every call of the card controller's show() (the trigger: a click, or the hover delay's
   * end), the animation frames until one shows the card's content, and the ms to just after that frame.
   */
  cardWatch(): boolean {
    const cards = world[Symbol.for('context-cards.card')] as CardLike | undefined;
    if (!cards) return false;
    cardSeen = [];
    const show = cards.show.bind(cards);
    cards.show = (...args: unknown[]) => {
      const t0 = performance.now();
      let frames = 0;
      const tick = () => {
        frames++;
        if (cardShowsContent(cards.element)) setTimeout(() => cardSeen.push({ frames, ms: performance.now() - t0 }), 0);
        else if (frames < 120) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      show(...args);
    };
    return true;
  },
  cardSeen: () => cardSeen,
  /** The centre of the `index`-th drawn mention, scrolled into view first; null when there is none. */
  mentionPoint(index: number): { x: number; y: number; count: number } | null {
    const ranges = highlightRanges();
    const range = ranges[index];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const box = [...range.getClientRects()][0];
    if (!box) return null;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2, count: ranges.length };
  },
  ready: () => hook().ready(),
  stats: () => hook().stats(),
  floor: (batchMs: number) => timed(floorWalk, batchMs, 5),
  ours: (batchMs: number) => {
    // Looked up once: the registry lookup is the harness's cost, not the scan's.
    const handle = hook();
    return timed(() => handle.scanAndHighlight(), batchMs, 5);
  },
  markjs: (terms: string[]) =>
    timedMark((m, done) => m.mark(terms, { separateWordSearch: false, done })),
  markjsRegExp: (source: string, flags: string) =>
    timedMark((m, done) => m.markRegExp(new RegExp(source, flags), { done })),
  /** Live text nodes and characters under the body (for the table). */
  size(): { textNodes: number; chars: number } {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textNodes = 0;
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      textNodes++;
      chars += (node as Text).data.length;
    }
    return { textNodes, chars };
  },
};

export type Probe = typeof probe;
world[Symbol.for('context-cards.bench-probe')] = probe;
