/**
 * Whether the reader can see a mention's text, judged when it is found and again when the page may have
 * revealed or hidden it: after the reader acts, and while the page settles after hidden text was found.
 */
import type { MentionStore } from './mention-store';
import type { ScanMetrics } from './scan-metrics';

/** Length of one slice of re-checks. */
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

/** isHidden, asked once per element until `reset` (a slice): thousands of mentions can share one. */
export class HiddenCache {
  private known = new Map<Element, boolean>();

  reset(): void {
    this.known = new Map();
  }

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
  /** Called after a re-check that changed what the reader can see. */
  onChange: () => void;
}

/** Looks at the mentions' visibility again when it may have changed. */
export class VisibilityRecheck {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The next of RECHECK_SETTLE_MS to wait after a re-check that still saw hidden text (its length: none). */
  private settleNext = RECHECK_SETTLE_MS.length;

  constructor(private readonly opts: VisibilityOptions) {}

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
    this.timer = setTimeout(() => this.recheck(), delay);
  }

  /** Judges again whether the reader can see each mention; shows what came into view, hides what left it.
   * Spread over slices like the scan: a page can hold thousands of mentions. */
  recheck(): void {
    const store = this.opts.store();
    const records = [...store.all()];
    let at = 0;
    let changed = false;
    let hidden = false;
    const step = () => {
      if (this.opts.signal.aborted) return;
      const started = performance.now();
      for (; at < records.length && ((at & 63) !== 63 || performance.now() - started < SLICE_MS); at++) {
        const record = records[at]!;
        const now = isHidden(record.nodes[0]!);
        hidden ||= now;
        if (now !== record.hidden) {
          store.setHidden(record, now);
          changed = true;
        }
      }
      this.opts.metrics.add(performance.now() - started);
      if (at < records.length) {
        setTimeout(step, 0);
        return;
      }
      if (changed) this.opts.onChange();
      if (hidden && this.settleNext < RECHECK_SETTLE_MS.length) this.schedule(RECHECK_SETTLE_MS[this.settleNext++]!);
    };
    step();
  }
}
