// @vitest-environment happy-dom
// Layout is read only right after a frame (issue 23, Firefox's dense <pre>): the scanner's slices never ask
// whether text is rendered, and the caller's render (which reads boxes) is only ever called from a frame
// task. Frames are run by hand here, so "before the page's first frame" is exact, not a matter of timing.
import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import type { AfterFrame } from './after-frame';
import { PageScanner } from './page-scanner';
import { shippedPack, track } from './test-support/scanner-dom';

const terms = shippedPack.terms;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Frames run by hand: work asked for "after the next frame" waits until `frame()`. */
function manualFrames() {
  const waiting: (() => void)[] = [];
  let inFrame = false;
  const afterFrame: AfterFrame = (work) => void waiting.push(work);
  return {
    afterFrame,
    get inFrame() {
      return inFrame;
    },
    get waiting() {
      return waiting.length;
    },
    /** One frame: runs what waited for it (not what it asks for in turn); returns how many tasks ran. */
    frame(): number {
      const tasks = waiting.splice(0);
      inFrame = true;
      try {
        for (const task of tasks) task();
      } finally {
        inFrame = false;
      }
      return tasks.length;
    },
  };
}

/** Counts the layout reads the scanner can make: checkVisibility (or getClientRects where it is missing). */
function countLayoutReads() {
  const visibility = vi.spyOn(Element.prototype, 'checkVisibility');
  const rects = vi.spyOn(Element.prototype, 'getClientRects');
  return () => visibility.mock.calls.length + rects.mock.calls.length;
}

function scanner(frames: ReturnType<typeof manualFrames>, onChange: () => void): PageScanner {
  const controller = new AbortController();
  track(controller);
  const s = new PageScanner({ doc: document, matcher: compileMatcher(terms), signal: controller.signal, ownHost: () => null, onChange, afterFrame: frames.afterFrame });
  s.start();
  return s;
}

/** Waits until the scanner's slices stop adding mentions (the frames it waits for are not run). */
async function slicesDone(s: PageScanner): Promise<void> {
  for (let quiet = 0, last = -1; quiet < 3; ) {
    await sleep(30);
    quiet = s.metrics.slices === last ? quiet + 1 : 0;
    last = s.metrics.slices;
  }
}

/** Runs frames until nothing waits for one. */
async function runFrames(frames: ReturnType<typeof manualFrames>, s: PageScanner): Promise<number> {
  let tasks = 0;
  for (let i = 0; i < 1000 && (s.busy || frames.waiting); i++) {
    tasks += frames.frame();
    await sleep(1);
  }
  return tasks;
}

describe('PageScanner and the page\'s frames', () => {
  it('finds every mention of a 2,000-line <pre> with no layout read before a frame, then judges them in frame tasks, one read per element and task', async () => {
    const phrases = ['Xinjiang', 'the Uyghur poet', 'Uyghurs'];
    const pre = document.createElement('pre');
    pre.textContent = Array.from({ length: 2000 }, (_, i) => `${i} report line about ${phrases[i % phrases.length]} and the weather`).join('\n');
    document.body.append(pre);
    const reads = countLayoutReads();
    const frames = manualFrames();
    const renders: boolean[] = [];
    const s = scanner(frames, () => renders.push(frames.inFrame));
    await slicesDone(s);
    // The text is matched over many slices, and not one of them read the layout or asked for a render.
    expect(s.metrics.slices).toBeGreaterThan(1);
    expect(s.store.size).toBe(2000);
    expect(reads()).toBe(0);
    expect(renders).toEqual([]);
    expect(s.store.shown(new Set(), null).shown).toHaveLength(0); // not judged yet: not shown
    expect(s.firstScanFinished).toBe(false);
    const tasks = await runFrames(frames, s);
    expect(s.store.shown(new Set(), null).shown).toHaveLength(2000);
    expect(s.firstScanFinished).toBe(true);
    // One read for the <pre> per frame task, however many of its mentions the task judged.
    expect(reads()).toBeGreaterThan(0);
    expect(reads()).toBeLessThanOrEqual(tasks);
    expect(renders.length).toBeGreaterThan(0);
    expect(renders.every((inFrame) => inFrame)).toBe(true);
  });

  it('tells the caller of what the page added, and of what it removed, only in a frame task', async () => {
    const frames = manualFrames();
    const renders: boolean[] = [];
    const p = document.createElement('p');
    p.textContent = 'Reports from Xinjiang.';
    document.body.append(p);
    const s = scanner(frames, () => renders.push(frames.inFrame));
    await slicesDone(s);
    await runFrames(frames, s);
    expect(s.store.shown(new Set(), null).shown).toHaveLength(1);
    const reads = countLayoutReads();
    renders.length = 0;
    const added = document.createElement('p');
    added.textContent = 'More on the Uyghur poets.';
    document.body.append(added);
    await sleep(200); // the mutation batch's delay, and its slices
    await slicesDone(s);
    expect(s.store.size).toBe(2);
    expect(reads()).toBe(0);
    expect(renders).toEqual([]);
    await runFrames(frames, s);
    expect(s.store.shown(new Set(), null).shown).toHaveLength(2);
    p.remove();
    await sleep(200);
    await slicesDone(s);
    expect(s.store.size).toBe(1);
    const before = renders.length;
    await runFrames(frames, s);
    expect(renders.length).toBeGreaterThan(before);
    expect(renders.every((inFrame) => inFrame)).toBe(true);
  });

  it('re-checks visibility after a click only once a frame has passed', async () => {
    const frames = manualFrames();
    const p = document.createElement('p');
    p.textContent = 'Reports from Xinjiang.';
    document.body.append(p);
    const s = scanner(frames, () => undefined);
    await slicesDone(s);
    await runFrames(frames, s);
    const reads = countLayoutReads();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await sleep(400); // past the re-check's delay after an action
    expect(reads()).toBe(0);
    expect(frames.waiting).toBeGreaterThan(0);
    frames.frame();
    expect(reads()).toBe(1);
  });
});
