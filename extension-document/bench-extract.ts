/**
 * Lets the benchmark (bench/extract.mjs) time the extraction where it runs. The handle sits on the extension
 * document's global under a registry symbol: only the extension's own pages can reach it, and it does
 * nothing the background cannot already ask for.
 */
import { extractInDocument } from './extract-in-document';

export const BENCH_EXTRACT_KEY = Symbol.for('context-cards.bench-extract');

export function exposeExtractForBench(): void {
  (globalThis as Record<symbol, unknown>)[BENCH_EXTRACT_KEY] = {
    extract: (html: string, url: string) => extractInDocument({ html, url, readDay: new Date().toISOString().slice(0, 10) }),
  };
}
