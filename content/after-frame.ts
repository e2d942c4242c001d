/**
 * When the content script may read the page's layout (whether text is rendered, where a range's box is):
 * right after the page's next frame, when the browser has just laid the page out to paint it, so a read
 * costs no layout of ours. Read earlier (while the page is still being laid out for the first time, or
 * after it changed), the same call lays the page out inside our task, and a style flush the highlights
 * caused lands there too: what held a slice of ours for about 2 s on Firefox's 10,000-line <pre> was such a
 * flush (docs/benchmark.md, dense node, session 15).
 */

/** Runs `work` once, right after the page's next frame. */
export type AfterFrame = (work: () => void) => void;

/** Where no frame comes (a hidden document, a throttled frame), the work runs anyway after this long. */
export const NO_FRAME_MS = 1000;

/**
 * After the next animation frame's rendering: a task queued from the frame callback runs once the browser
 * has done the frame's style, layout and paint. Throttled frames get the work after NO_FRAME_MS.
 */
export const afterNextFrame: AfterFrame = (work) => {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(run, NO_FRAME_MS);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
};

/**
 * One pending run of `work` after the next frame, however often it is asked for before then.
 */
export class FrameTask {
  private waiting = false;

  constructor(
    private readonly work: () => void,
    private readonly after: AfterFrame = afterNextFrame,
    private readonly signal?: AbortSignal,
  ) {}

  /** Whether a run is waiting for a frame. */
  get pending(): boolean {
    return this.waiting;
  }

  request(): void {
    if (this.waiting || this.signal?.aborted) return;
    this.waiting = true;
    this.after(() => {
      this.waiting = false;
      if (!this.signal?.aborted) this.work();
    });
  }
}
