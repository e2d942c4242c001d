// extract-ms: the extraction engine's time per corpus page in the extension document where it runs (the
// offscreen document in Chrome), and serialize-hold-ms: the longest the page's main thread is held while the
// injected script serialises it.
//
// extract-ms: the offscreen page of the build, opened in a tab, holds under Symbol.for(EXTRACT_KEY)
// `{ extract(html, url) }` (extension-document/bench-extract.ts): DOMParser, Readability, the engine and the
// pack's validation, as the background's request runs them. Each page is extracted once untimed, then timed.
// The median is over the pages that gave a pack (the articles); the largest page is reported by itself.
//
// serialize-hold-ms: each page is loaded, left to settle (a second without a long task), and read three times
// as extractTab reads it (background/bench-handles.ts: serialize-page.js injected, its HTML streamed to the
// worker down a port); the script reports its longest slice between yields (performance.now() around its
// own work, sending included), and a Long Tasks observer in the page reports any task of 50 ms or more
// meanwhile (whoever's work it was). Per page the median of the three is kept; the figure is the largest.
/* global performance, PerformanceObserver, requestAnimationFrame, chrome -- functions passed to evaluate() run in the browser */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { median } from './harness.mjs';

/** The extension page that holds the engine (the offscreen document in Chrome). */
export const EXTRACT_PAGE = 'offscreen.html';
export const EXTRACT_KEY = 'context-cards.bench-extract';
/** The background's handle on a read as extractTab makes it (background/bench-handles.ts). */
export const SERIALIZE_KEY = 'context-cards.bench-serialize';
/** Injections per page load: the median is kept, so one preemption of a loaded machine does not decide. */
const SERIALIZE_RUNS = 3;

/**
 * Per page {slug, kb, ms, ok}; the median ms over pages that gave a pack, the largest page's ms, the max, or
 * undefined when the build has no engine to time.
 */
export async function measureExtract(h, extensionDir, pages, log = () => undefined) {
  if (!existsSync(path.join(extensionDir, EXTRACT_PAGE)) || !pages.length) return undefined;
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/${EXTRACT_PAGE}`, { waitUntil: 'load' });
    const hasEngine = await page.evaluate((key) => typeof globalThis[Symbol.for(key)]?.extract === 'function', EXTRACT_KEY);
    if (!hasEngine) return undefined;
    const rows = [];
    for (const p of pages) {
      const { ms, ok } = await page.evaluate(async ({ key, html, url }) => {
        const engine = globalThis[Symbol.for(key)];
        await engine.extract(html, url);
        const t0 = performance.now();
        const answer = await engine.extract(html, url);
        return { ms: performance.now() - t0, ok: !!answer?.ok };
      }, { key: EXTRACT_KEY, html: p.html, url: p.url });
      rows.push({ slug: p.slug, kb: p.html.length / 1024, ms, ok });
      log(rows.at(-1));
    }
    const articles = rows.filter((r) => r.ok);
    const largest = rows.reduce((a, b) => (b.kb > a.kb ? b : a));
    return { medianMs: median(articles.map((r) => r.ms)), articles: articles.length, pages: rows.length, maxMs: Math.max(...rows.map((r) => r.ms)), largest, rows };
  } finally {
    await page.close();
  }
}

/** In the page's main world, before the injection: records long tasks (50 ms or more). */
function watchLongTasks() {
  globalThis.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) globalThis.__benchLongTasks.push(e.duration);
  }).observe({ type: 'longtask' });
}

/** The serializer's longest slice and the page's longest task while it ran, per page; the max over pages. */
export async function measureSerialize(h, pages, log = () => undefined) {
  const rows = [];
  for (const p of pages) {
    try {
      rows.push(await serializeOne(h, p));
      log(rows.at(-1));
    } catch (error) {
      console.error(`  ${p.slug}: not measured (${String(error instanceof Error ? error.message : error).split('\n')[0]})`);
    }
  }
  const slices = rows.map((r) => r.longestSliceMs).filter((x) => Number.isFinite(x));
  return {
    longestSliceMs: slices.length ? Math.max(...slices) : undefined,
    maxSliceMs: Math.max(0, ...rows.map((r) => r.maxSliceMs)),
    longestTaskMs: Math.max(0, ...rows.map((r) => r.longTaskMs)),
    medianSliceMs: median(slices),
    pages: rows.length,
    rows,
  };
}

async function serializeOne(h, p) {
  await h.page.goto(p.url, { waitUntil: 'load', timeout: 120_000 });
  await h.page.evaluate(watchLongTasks);
  // The page's own work after load (layout of a large page, our content script's first scan) comes first:
  // wait until a second passes without a long task (10 s at most), then count only what follows.
  for (let i = 0; i < 20; i++) {
    const before = await h.page.evaluate(() => globalThis.__benchLongTasks.length);
    await h.page.waitForTimeout(1000);
    if ((await h.page.evaluate(() => globalThis.__benchLongTasks.length)) === before) break;
  }
  const tabId = await h.sw((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), h.page.url());
  const runs = [];
  for (let i = 0; i < SERIALIZE_RUNS; i++) {
    await h.page.evaluate(() => void (globalThis.__benchLongTasks.length = 0));
    const result = await h.sw(
      async ({ tabId, key }) => {
        const t0 = performance.now();
        const r = await globalThis[Symbol.for(key)].read(tabId);
        return { wallMs: performance.now() - t0, ok: r.ok, chars: r.chars, chunks: r.chunks, stats: r.stats, code: r.code, reason: r.reason };
      },
      { tabId, key: SERIALIZE_KEY },
    );
    if (!result.ok && result.code !== 'too-large') throw new Error(`the read failed: ${result.code} ${result.reason ?? ''}`);
    // A long task is reported after it ends: give the observer a frame.
    await h.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const longTasks = await h.page.evaluate(() => globalThis.__benchLongTasks);
    runs.push({ ...result, longTaskMs: longTasks.length ? Math.max(...longTasks) : 0 });
  }
  const mid = (k) => median(runs.map(k));
  return {
    slug: p.slug, kb: p.bytes / 1024, chars: runs[0].chars, ok: runs[0].ok, wallMs: mid((r) => r.wallMs), slices: runs[0].stats?.slices,
    longestSliceMs: mid((r) => r.stats?.longestSliceMs), maxSliceMs: Math.max(...runs.map((r) => r.stats?.longestSliceMs ?? 0)), longTaskMs: mid((r) => r.longTaskMs),
  };
}
