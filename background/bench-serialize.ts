/**
 * Lets the benchmark (bench/extract.mjs) read a tab as extractTab reads it, port and all, and see the
 * serializer's own figures. The handle sits on the background's global under a registry symbol: only the
 * extension's own code can reach it, and it does nothing the background cannot already do.
 */
import { serializeTab } from './serialize-tab';

export const BENCH_SERIALIZE_KEY = Symbol.for('context-cards.bench-serialize');

export function exposeSerializeForBench(): void {
  (globalThis as Record<symbol, unknown>)[BENCH_SERIALIZE_KEY] = {
    read: async (tabId: number) => {
      const page = await serializeTab(tabId);
      return page.ok ? { ok: true, chars: page.html.length, chunks: page.chunks, stats: page.stats } : page;
    },
  };
}
