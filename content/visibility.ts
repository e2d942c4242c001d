/**
 * Whether the reader can see a mention's text: judged right after the page's next frame once it is found
 * (never inside the slice that found it: see after-frame.ts), and again when the page may have revealed or
 * hidden it: after the reader acts, and while the page settles after hidden text was found.
 */
import { FrameTask, afterNextFrame, type AfterFrame } from './after-frame';
import type { MentionRecord, MentionStore } from './mention-store';
import type { ScanMetrics } from './scan-metrics';

/** Length of one slice of judgments or re-checks. */
const SLICE_MS = 8;
/** When hidden text is looked at again: after the reader acts (a click, a toggled <details>, a resize),
 * and while the page settles after hidden mentions were found (layout can lag behind the scan). */
const RECHECK_AFTER_ACTION_MS = 250;
const RECHECK_SETTLE_MS = [500, 2000, 6000];

/** Whether the reader cannot see this text (display:none, visibility:hidden, closed details). */
export function isHidden(node: Text): boolean {
  const el = node.parentElement;
  if (!el) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (check) return !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  return el.getClientRects().length === 0;
}

/** isHidden, asked once per element for the life of the cache (one slice of judgments): thousands of
 * mentions can share one. */
export class HiddenCache {
  private readonly known = new Map<Element, boolean>();

  hidden(node: Text): boolean {
    const el = node.parentElement;
    if (!el) return false;
    let value = this.known.get(el);
    if (value === undefined) {
      value = isHidden(node);
      this.known.set(el, value);
    }
    return value;
  }
}

export interface VisibilityOptions {
  doc: Document;
  signal: AbortSignal;
  store: () => MentionStore;
  metrics: ScanMetrics;
  /** Called after a judgment or re-check that changed what the reader can see (and after `changed`). */
  onChange: () => void;
  /** When layout may be read; by default right after the page's next frame. */
  afterFrame?: AfterFrame;
}

/**
 * New mentions wait here for their first judgment, made right after the page's next frame, a slice of
 * them at a time; until then they count as hidden (not drawn, not counted). The scanner's other news (a
 * mention dropped) is passed on at the same moment, so every render, with its box reads, runs after a frame.
 */
export class VisibilityJudge {
  private pending: MentionRecord[] = [];
  private notify = false;
  private stopped = false;
  private readonly task: FrameTask;

  constructor(private readonly opts: VisibilityOptions & { foundHidden: () => void }) {
    this.task = new FrameTask(() => this.pass(), opts.afterFrame ?? afterNextFrame, opts.signal);
  }

  add(record: MentionRecord): void {
    this.pending.push(record);
    this.task.request();
  }

  /** The mentions changed otherwise: `onChange` is called after the next frame, with the judgments. */
  changed(): void {
    this.notify = true;
    this.task.request();
  }

  /** Drops what waits: the scanner stopped. */
  stop(): void {
    this.pending = [];
    this.notify = false;
    this.stopped = true;
  }

  /** Whether judgments or news wait for a frame. */
  get busy(): boolean {
    return this.pending.length > 0 || this.task.pending;
  }

  /** Judges every pending mention now (the benchmark's synchronous full scan); returns whether one showed. */
  judgeAll(cache = new HiddenCache()): boolean {
    return this.judge(Infinity, cache);
  }

  private judge(deadline: number, cache = new HiddenCache()): boolean {
    const store = this.opts.store();
    let shown = false;
    let hidden = false;
    let at = 0;
    for (; at < this.pending.length && ((at & 63) !== 63 || performance.now() < deadline); at++) {
      const record = this.pending[at]!;
      // Dropped since it was found (the page removed its text), or found by a scan since replaced.
      if (!store.has(record)) continue;
      if (cache.hidden(record.nodes[0]!)) hidden = true;
      else {
        store.setHidden(record, false);
        shown = true;
      }
    }
    this.pending = at === this.pending.length ? [] : this.pending.slice(at);
    if (hidden) this.opts.foundHidden();
    return shown;
  }

  private pass(): void {
    if (this.stopped) return;
    const started = performance.now();
    const had = this.pending.length;
    const shown = this.judge(started + SLICE_MS);
    if (this.pending.length) this.task.request();
    // The last of a run of judgments is news too (the first scan may be done), whatever it showed.
    const notify = shown || this.notify || (had > 0 && !this.pending.length);
    this.notify = false;
    if (notify) this.opts.onChange();
    // Measured after the render that onChange queued (microtasks run in order), so it counts too.
    queueMicrotask(() => this.opts.metrics.slice(performance.now() - started));
  }
}

/** Looks at the mentions' visibility again when it may have changed. */
export class VisibilityRecheck {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly afterFrame: AfterFrame;
  /** The next of RECHECK_SETTLE_MS to wait after a re-check that still saw hidden text (its length: none). */
  private settleNext = RECHECK_SETTLE_MS.length;

  constructor(private readonly opts: VisibilityOptions) {
    this.afterFrame = opts.afterFrame ?? afterNextFrame;
  }

  /** Re-checks after what the reader does (it can reveal text, or hide it). */
  listen(): void {
    const { doc, signal } = this.opts;
    const again = () => this.schedule(RECHECK_AFTER_ACTION_MS);
    const listen = { capture: true, passive: true, signal };
    doc.addEventListener('click', again, listen);
    doc.addEventListener('toggle', again, listen);
    doc.defaultView?.addEventListener('resize', again, listen);
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  /** Hidden text was found: (re)starts the settle series, unless its first re-check is already waiting. */
  foundHidden(): void {
    if (this.settleNext === 1) return;
    this.settleNext = 1;
    this.schedule(RECHECK_SETTLE_MS[0]!);
  }

  private schedule(delay: number): void {
    if (this.opts.signal.aborted || !this.opts.store().size) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.afterFrame(() => this.recheck()), delay);
  }

  /** Judges again whether the reader can see each mention; shows what came into view, hides what left it.
   * Spread over slices like the scan, each right after a frame: a page can hold thousands of mentions. */
  recheck(): void {
    const store = this.opts.store();
    const records = [...store.all()];
    let at = 0;
    let changed = false;
    let hidden = false;
    const step = () => {
      if (this.opts.signal.aborted) return;
      const started = performance.now();
      const cache = new HiddenCache();
      for (; at < records.length && ((at & 63) !== 63 || performance.now() - started < SLICE_MS); at++) {
        const record = records[at]!;
        const now = cache.hidden(record.nodes[0]!);
        hidden ||= now;
        if (now !== record.hidden) {
          store.setHidden(record, now);
          changed = true;
        }
      }
      this.opts.metrics.add(performance.now() - started);
      if (at < records.length) {
        this.afterFrame(step);
        return;
      }
      if (changed) this.opts.onChange();
      if (hidden && this.settleNext < RECHECK_SETTLE_MS.length) this.schedule(RECHECK_SETTLE_MS[this.settleNext++]!);
    };
    step();
  }
}
