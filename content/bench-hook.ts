/**
 * Lets the benchmark (bench/) drive this content script's own code. The handle sits on the isolated
 * world's global under a registry symbol: pages cannot see it, and a bench-only script injected into the
 * same world can. It only reads and triggers work the script does anyway.
 */
import type { ContentController } from './controller';

/** Where bench/probe.ts finds the handle. */
export const BENCH_KEY = Symbol.for('context-cards.bench');

/** What the benchmark can call. */
export interface BenchHandle {
  /** Whether the first sliced scan of the page has finished and its mentions are drawn (ranges are
   * registered once the highlight styles are in and a frame has passed). */
  ready(): boolean;
  /** A synchronous full rescan of the document and a redraw of the highlights; returns the mentions
   * shown. Untimed here: the probe times it, and a clock read costs a tiny page's scan a tenth more. */
  scanAndHighlight(): number;
  /** Work done so far by the scanner's slices and observer callbacks, the longest slice, the mentions shown,
   * whether the page is relevant (a strong mention: then every term is looked for, not the strong ones),
   * and whether work is still waiting (a batch, a slice or a report scheduled): its cost is not in workMs yet. */
  stats(): { workMs: number; longestSliceMs: number; mentions: number; relevant: boolean; busy: boolean; slices: number };
  /** This document's random mention highlight name (e2e tests probe its styles). */
  highlightName(): string;
}

/** Stores the handle on the isolated world's global. */
export function exposeForBench(controller: ContentController): void {
  const handle: BenchHandle = {
    ready: () => !!controller.activeScanner?.firstScanFinished && !controller.highlighter.waiting,
    scanAndHighlight: () => controller.scanNow(),
    highlightName: () => controller.highlightName,
    stats() {
      const s = controller.activeScanner;
      return {
        workMs: s?.workMs ?? 0,
        longestSliceMs: s?.longestSliceMs ?? 0,
        mentions: controller.shown().length,
        relevant: !!s?.store.relevant,
        busy: !!s?.busy || controller.reportPending,
        slices: s?.metrics.slices ?? 0,
      };
    },
  };
  (globalThis as unknown as Record<symbol, BenchHandle>)[BENCH_KEY] = handle;
}
