/**
 * Tells the background what this frame shows: at most one report per debounce period while changes keep
 * coming, sending what is shown then; sub-frames add a key per mention so the same ad in many frames counts once.
 */
import type { FrameReport } from '../utils/messages';
import { toBackground } from '../utils/messaging';
import { isTopFrame, keyOf } from './frame-report';
import type { ShownMentions } from './mention-store';

const REPORT_DEBOUNCE_MS = 150;

export interface FrameReporterOptions {
  readonly signal: AbortSignal;
  /** What the frame shows now. */
  shown(): ShownMentions;
  /** Whether the frame can be read (the background counts only such frames, and those of the page's site). */
  readable(): boolean;
  /** Called when sending fails because the extension went away. */
  lost(): void;
  /** Called with the time a debounced send took (the scanner's work: bench/ counts it). */
  worked(ms: number): void;
}

export class FrameReporter {
  // Not crypto.randomUUID(): it exists only in secure contexts, and plain http pages must work too.
  private readonly documentId = Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: FrameReporterOptions) {}

  /** Whether a debounced report is still waiting to be sent (bench/). */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Reports now, or after the debounce period unless a report is already waiting. */
  report(now: boolean): void {
    if (!now && this.timer) return;
    this.cancel();
    if (now) this.send();
    else {
      this.timer = setTimeout(() => {
        const started = performance.now();
        this.send();
        this.opts.worked(performance.now() - started);
      }, REPORT_DEBOUNCE_MS);
    }
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private send(): void {
    this.timer = null;
    if (this.opts.signal.aborted) return;
    const { counts, shown, capped } = this.opts.shown();
    const data: FrameReport = { documentId: this.documentId, counts, total: shown.length, capped, readable: this.opts.readable() };
    if (!isTopFrame()) data.keys = shown.map(keyOf);
    toBackground('report', data).catch(() => this.opts.lost());
  }
}
