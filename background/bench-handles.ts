/**
 * Lets the benchmark (bench/extract.mjs, bench/firefox-extract.mjs) time the background's work where it runs:
 * a tab read as extractTab reads it (port and all, with the serializer's own figures), and in Firefox, whose
 * background page is where pages are parsed, the extraction itself (loaded only when first called). The
 * handles sit on the background's global under registry symbols: only the extension's own code can reach
 * them, and they do nothing the background cannot already do.
 */
import { serializeTab } from './serialize-tab';

export const BENCH_SERIALIZE_KEY = Symbol.for('context-cards.bench-serialize');
/** The same key as the offscreen document's (extension-document/bench-extract.ts). */
export const BENCH_EXTRACT_KEY = Symbol.for('context-cards.bench-extract');

export function exposeForBench(): void {
  const global = globalThis as Record<symbol, unknown>;
  global[BENCH_SERIALIZE_KEY] = {
    read: async (tabId: number) => {
      const page = await serializeTab(tabId);
      return page.ok ? { ok: true, chars: page.html.length, chunks: page.chunks, stats: page.stats } : page;
    },
  };
  if (import.meta.env.FIREFOX) {
    global[BENCH_EXTRACT_KEY] = {
      extract: async (html: string, url: string) => {
        const { extractInDocument } = await import('../extension-document/extract-in-document');
        return extractInDocument({ html, url, readDay: new Date().toISOString().slice(0, 10) });
      },
    };
  }
}
