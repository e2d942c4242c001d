// extract-ms: the extraction engine's time per article page, in the extension document where it runs.
// The engine is being built (the sources issues); until it exists this returns nothing and the closing
// line prints `extract-ms=-`.
//
// The hook it waits for: an extension page of the build, EXTRACT_PAGE, whose global holds, under
// Symbol.for(EXTRACT_KEY), `{ extract(html: string, url: string): Promise<unknown> }` (the engine's own
// entry, exposed as bench/probe.ts's handle is in the content script). When that page is in the build,
// every article page of the corpus is extracted in it, after one untimed warm-up, and the median and
// maximum ms are returned. Wiring it is a matter of naming the page and the key the engine exposes.
/* global performance -- functions passed to evaluate() run in the extension page */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median } from './harness.mjs';

/** The extension page that would hold the engine (the offscreen document in Chrome). */
export const EXTRACT_PAGE = 'offscreen.html';
export const EXTRACT_KEY = 'context-cards.bench-extract';

/** Median and max ms of extracting `pages` ({slug, html, url}), or undefined when there is no engine to time. */
export async function measureExtract(h, extensionDir, pages) {
  if (!existsSync(path.join(extensionDir, EXTRACT_PAGE)) || !pages.length) return undefined;
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/${EXTRACT_PAGE}`, { waitUntil: 'load' });
    const hasEngine = await page.evaluate((key) => typeof globalThis[Symbol.for(key)]?.extract === 'function', EXTRACT_KEY);
    if (!hasEngine) return undefined;
    const times = [];
    for (const [i, p] of pages.entries()) {
      const ms = await page.evaluate(async ({ key, html, url, warm }) => {
        const engine = globalThis[Symbol.for(key)];
        if (warm) await engine.extract(html, url);
        const t0 = performance.now();
        await engine.extract(html, url);
        return performance.now() - t0;
      }, { key: EXTRACT_KEY, html: p.html, url: p.url, warm: i === 0 });
      times.push(ms);
    }
    return { medianMs: median(times), maxMs: Math.max(...times), pages: times.length };
  } finally {
    await page.close();
  }
}
