// @vitest-environment happy-dom
// What the page changes, through the scanner that runs the mutation queue: bursts handled in few batches,
// the queue's state seen by the benchmark, and batches down a deep DOM in work linear in the batch.
import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import { PageScanner } from './page-scanner';
import { shippedPack, track } from './test-support/scanner-dom';

const terms = shippedPack.terms;

function scanner(calls?: { full: number; strong: number }, onChange: () => void = () => undefined): PageScanner {
  const controller = new AbortController();
  track(controller);
  const matcher = compileMatcher(terms);
  if (calls) {
    matcher.quickCheck(''); // it compiles itself at its first call, and puts the compiled check in its place
    const { quickCheck, quickCheckStrong } = matcher;
    matcher.quickCheck = (text) => (calls.full++, quickCheck(text));
    matcher.quickCheckStrong = (text) => (calls.strong++, quickCheckStrong(text));
  }
  const s = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange, afterFrame: (work) => void setTimeout(work, 0) });
  s.start();
  return s;
}

/** Waits until the scanner has no work scheduled or queued and its work counter stops moving. */
async function settled(s: PageScanner): Promise<void> {
  let last = -1;
  for (let quiet = 0; quiet < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    quiet = s.workMs === last && s.firstScanFinished && !s.busy ? quiet + 1 : 0;
    last = s.workMs;
  }
}

describe('PageScanner and a stream of changes', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const appendMention = (i: number) => {
    const p = document.createElement('p');
    p.textContent = `Post ${i} from Xinjiang.`;
    document.body.append(p);
  };

  it('handles appends that keep coming in a few batches, and a lone change after a pause at once', async () => {
    // A controlled clock (timers and performance.now()): the batches are counted, never timed, so a busy or
    // instrumented machine (mutation testing) cannot change the result.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      let batches = 0;
      const s = scanner(undefined, () => batches++);
      await vi.advanceTimersByTimeAsync(2000);
      expect(s.firstScanFinished).toBe(true);
      expect(s.busy).toBe(false);
      batches = 0;
      // A feed: one post every 60 ms, 20 posts over 1,140 ms of the clock. Once a batch was handled less than
      // 500 ms ago the next waits 300 ms: at most ceil(1140 / 300) + 1 = 5 batches; waiting 100 ms every
      // time makes it 10.
      for (let i = 0; i < 20; i++) {
        appendMention(i);
        await vi.advanceTimersByTimeAsync(60);
      }
      await vi.advanceTimersByTimeAsync(2000);
      expect(s.busy).toBe(false);
      expect(s.store.size).toBe(20);
      expect(batches).toBeGreaterThanOrEqual(2);
      expect(batches).toBeLessThanOrEqual(5);
      // Quiet for longer than the burst window: the next change is looked at after the short delay (100 ms)
      // again, not the burst delay (300 ms), and not at once either.
      await vi.advanceTimersByTimeAsync(700);
      batches = 0;
      appendMention(20);
      await vi.advanceTimersByTimeAsync(99);
      expect(s.store.size).toBe(20);
      expect(s.busy).toBe(true);
      await vi.advanceTimersByTimeAsync(1);
      expect(s.store.size).toBe(21);
      await vi.advanceTimersByTimeAsync(1); // the news comes after a frame (a timer here)
      expect(batches).toBe(1);
      expect(s.busy).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says it is busy while a change waits for its batch (the benchmark waits for that, not for a quiet spell)', async () => {
    const s = scanner();
    await settled(s);
    expect(s.busy).toBe(false);
    appendMention(0);
    await Promise.resolve(); // the observer's callback runs as a microtask
    expect(s.busy).toBe(true);
    expect(s.store.size).toBe(0); // not looked at yet: the batch waits out its delay
    while (s.busy) await sleep(20);
    expect(s.store.size).toBe(1);
  });
});

describe('PageScanner and a deep DOM (issue 23)', () => {
  /** A chain of `depth` nested divs in the body, after the first scan. */
  async function chain(depth: number): Promise<{ s: PageScanner; chain: HTMLElement[] }> {
    const els: HTMLElement[] = [];
    let el: HTMLElement = document.body;
    for (let i = 0; i < depth; i++) {
      const d = document.createElement('div');
      el.append(d);
      els.push(d);
      el = d;
    }
    const s = scanner();
    await settled(s);
    return { s, chain: els };
  }

  /** Counts the ancestors the scanner asks for (parentNode reads) while it handles what `act` adds. */
  async function parentReads(s: PageScanner, act: () => void): Promise<number> {
    let reads = 0;
    const getter = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode')!.get!;
    const spy = vi.spyOn(Node.prototype, 'parentNode', 'get').mockImplementation(function (this: Node) {
      reads++;
      return getter.call(this) as ParentNode | null;
    });
    try {
      act();
      await settled(s);
    } finally {
      spy.mockRestore();
    }
    return reads;
  }

  const depth = 600;

  it('looks at each ancestor a bounded number of times when the elements of a chain get mentions', async () => {
    const { s, chain: els } = await chain(depth);
    const reads = await parentReads(s, () => {
      for (const [i, el] of els.entries()) {
        const span = document.createElement('span');
        span.textContent = i % 4 === 0 ? 'Reports from Xinjiang.' : `item ${i}`;
        el.append(span);
      }
    });
    expect(s.store.size).toBe(depth / 4);
    // Each mention's ancestors checked anew (is it in a form field, our UI…): depth²/8, 45,000 here.
    expect(reads).toBeLessThan(20 * depth);
  }, 60_000);

  it('finds which added blocks another one holds in work linear in the batch', async () => {
    const { s, chain: els } = await chain(depth);
    const reads = await parentReads(s, () => {
      for (const [i, el] of els.entries()) {
        const p = document.createElement('p');
        p.textContent = i % 100 === 7 ? 'Reports from Xinjiang.' : `Item ${i}`;
        el.append(p);
      }
    });
    expect(s.store.size).toBe(depth / 100);
    // Each added block walked up to the root looking for another added block above it: depth²/2.
    expect(reads).toBeLessThan(20 * depth);
  }, 30_000);

  it('spreads a batch too big for one slice over several, and finds every mention (a clock that moves with each read)', async () => {
    const { s, chain: els } = await chain(depth);
    const before = s.metrics.slices;
    const cutBefore = s.batchCounts.batchSlicesCut;
    // Each clock read moves the clock 1 ms: a slice (8 ms) ends after 8 reads, however fast the
    // machine, so the batch of 1,200 added nodes cannot fit in one.
    let clock = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
    try {
      for (const [i, el] of els.entries()) {
        const span = document.createElement('span');
        span.textContent = i % 50 === 7 ? 'Reports from Xinjiang.' : `item ${i}`;
        const p = document.createElement('p');
        p.textContent = `line ${i}`;
        el.append(span, p);
      }
      await settled(s);
    } finally {
      now.mockRestore();
    }
    expect(s.store.size).toBe(depth / 50);
    expect(s.metrics.slices - before).toBeGreaterThanOrEqual(4);
    // The batch itself (finding the blocks, then walking them) went on over several slices.
    expect(s.batchCounts.batchSlicesCut - cutBefore).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('looks at each ancestor a bounded number of times down a chain of inline elements (one block, thousands of runs of text)', async () => {
    // Spans inside spans: every text's block is the chain's top div, so finding it walks up the whole chain.
    const top = document.createElement('div');
    document.body.append(top);
    const els: HTMLElement[] = [];
    let el: HTMLElement = top;
    for (let i = 0; i < depth; i++) {
      const span = document.createElement('span');
      el.append(span);
      els.push(span);
      el = span;
    }
    const s = scanner();
    await settled(s);
    const reads = await parentReads(s, () => {
      for (const [i, span] of els.entries()) span.append(i % 100 === 7 ? ' Reports from Xinjiang. ' : ` item ${i} `);
    });
    expect(s.store.size).toBe(depth / 100);
    // A walk up to the block for each added text and each text of the run: depth²/2 at least, 180,000 here.
    expect(reads).toBeLessThan(30 * depth);
  }, 30_000);

  it('walks up a chain once over many batches of appends when nothing was removed, and again after a removal', async () => {
    const { s, chain: els } = await chain(depth);
    const batchOf = async (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const span = document.createElement('span');
        span.textContent = i % 20 === 7 ? 'Reports from Xinjiang.' : `item ${i}`;
        els[i]!.append(span);
      }
      await settled(s);
    };
    const before = s.regions.steps;
    // Six batches, top to bottom, as the page in the benchmark appends: each one's first mention is deep.
    for (let from = 0; from < depth; from += 100) await batchOf(from, from + 100);
    expect(s.store.size).toBe(depth / 20);
    // Each batch walking the chain up again from its first mention: 2,034 steps here.
    expect(s.regions.steps - before).toBeLessThanOrEqual(depth + 10);
    // A removal: what was kept may be stale, so the next batch walks up anew.
    els[depth - 1]!.firstChild!.remove();
    await settled(s);
    const afterRemoval = s.regions.steps;
    const span = document.createElement('span');
    span.textContent = 'More from Xinjiang.';
    els[depth - 2]!.append(span);
    await settled(s);
    expect(s.regions.steps - afterRemoval).toBeGreaterThan(depth / 2);
  }, 60_000);
});

