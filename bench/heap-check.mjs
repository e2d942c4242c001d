#!/usr/bin/env node
// Checks that the heap figure bench/floor.mjs reads (CDP Runtime.getHeapUsage on the page's target, after
// HeapProfiler.collectGarbage) counts the content script's isolated world: an array of known size is kept
// alive in that world (scripting.executeScript, world ISOLATED) and the figure must grow by about as much;
// then the same in the page's main world. `node bench/heap-check.mjs` (needs .output/chrome-mv3).
/* global chrome -- functions passed to evaluate() run in the service worker or the page */
import path from 'node:path';
import { buildBench } from './build.mjs';
import { launch, sleep, startServer } from './harness.mjs';
import { repoRoot } from './pages.mjs';

const MB = 4;
const dir = await buildBench({ quiet: true, dir: path.join(repoRoot, '.output', 'bench-smoke') });
const server = await startServer(new Map([['/p/', '<!doctype html><meta charset="utf-8"><title>p</title><p>Nothing to see.</p>']]));
const h = await launch(dir);
try {
  await h.page.goto(server.url('/p/'), { waitUntil: 'load' });
  await sleep(1000);
  const heap = async () => {
    for (let i = 0; i < 2; i++) await h.cdp.send('HeapProfiler.collectGarbage');
    return (await h.cdp.send('Runtime.getHeapUsage')).usedSize / 1024;
  };
  const length = (MB * 1024 * 1024) / 8;
  const before = await heap();
  const tabId = await h.tabId();
  // An array of doubles (8 bytes each, unboxed) lives in the JS heap; a typed array's buffer would not.
  await h.sw(
    ({ tabId, length }) =>
      chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        func: (k) => {
          globalThis[Symbol.for('bench-heap-check')] = new Array(k).fill(0.5);
        },
        args: [length],
      }),
    { tabId, length },
  );
  const isolated = await heap();
  await h.page.evaluate((k) => {
    globalThis.benchHeapCheck = new Array(k).fill(0.5);
  }, length);
  const main = await heap();
  const inIsolated = (isolated - before) / 1024;
  const inMain = (main - isolated) / 1024;
  console.log(`heap check: ${MB} MB kept in the isolated world moved the figure by ${inIsolated.toFixed(2)} MB; ${MB} MB more in the main world by ${inMain.toFixed(2)} MB`);
  if (Math.abs(inIsolated - MB) > 0.5) {
    console.error('heap check: the figure does not count the isolated world');
    process.exitCode = 1;
  }
} finally {
  await h.close();
  await server.close();
}
