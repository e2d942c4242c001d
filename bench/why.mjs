#!/usr/bin/env node
// Where the heap the content script adds goes, on one page where nothing matches: heap snapshots of the
// renderer with our content script and with the empty one (CDP HeapProfiler.takeHeapSnapshot), their
// difference by V8 node type and by constructor, and the cost of the data the script holds (a clone of
// the packs and of the matcher plan, kept alive in the isolated world, measured by the same heap figure).
// Diagnostics for docs/benchmark.md: `node bench/why.mjs [corpus-slug]`. Needs .output/chrome-mv3.
/* global chrome, structuredClone -- functions passed to evaluate() run in the service worker or the isolated world */
import path from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { copyFileSync } from 'node:fs';
import { buildBench } from './build.mjs';
import { launch, sleep, startServer } from './harness.mjs';
import { makeInert, repoRoot, sharedDir } from './pages.mjs';

const slug = process.argv[2] ?? '002';
const file = path.join(sharedDir, 'corpus', 'pages', slug, 'source.html');
const html = existsSync(file) ? makeInert(readFileSync(file, 'utf8')) : '<!doctype html><meta charset="utf-8"><title>p</title><p>Nothing to see.</p>';
const dir = await buildBench({ quiet: true, dir: path.join(repoRoot, '.output', 'bench-smoke') });
copyFileSync(path.join(repoRoot, 'node_modules', 'webextension-polyfill', 'dist', 'browser-polyfill.min.js'), path.join(dir, 'bench-polyfill.js'));
const server = await startServer(new Map([['/p/', html]]));
const h = await launch(dir);

async function heapKb() {
  for (let i = 0; i < 2; i++) await h.cdp.send('HeapProfiler.collectGarbage');
  return (await h.cdp.send('Runtime.getHeapUsage')).usedSize / 1024;
}

/** Self sizes of a heap snapshot summed by node type, and by type and name for objects and closures. */
async function snapshot() {
  for (let i = 0; i < 2; i++) await h.cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  h.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await h.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  h.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const { node_fields: fields, node_types: [types] } = snap.snapshot.meta;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byType = new Map();
  const byName = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    const size = snap.nodes[i + sizeAt];
    byType.set(type, (byType.get(type) ?? 0) + size);
    const name = snap.strings[snap.nodes[i + nameAt]];
    const key = `${type}:${type === 'string' || type === 'concatenated string' || type === 'sliced string' ? '' : String(name).slice(0, 60)}`;
    byName.set(key, (byName.get(key) ?? 0) + size);
  }
  return { byType, byName };
}

const diff = (a, b) => [...new Set([...a.keys(), ...b.keys()])].map((k) => [k, ((a.get(k) ?? 0) - (b.get(k) ?? 0)) / 1024]).sort((x, y) => y[1] - x[1]);

try {
  const url = server.url('/p/');
  const load = async (which) => {
    await h.useScript(which);
    await h.page.goto('about:blank');
    await h.page.goto(url, { waitUntil: 'load' });
    await sleep(2000);
  };
  // What any content script pays to use the extension APIs, and what the polyfill adds: on the empty
  // build, the APIs ours uses at start are touched in the isolated world, then the polyfill is loaded there.
  await load('empty');
  const tab = await h.tabId();
  const base = await heapKb();
  await h.sw((tabId) => chrome.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: () => {
    const keep = (globalThis.__whyApis = []);
    keep.push(chrome.runtime.onMessage, chrome.storage.onChanged, chrome.runtime.sendMessage, chrome.i18n.getMessage, chrome.storage.local);
    chrome.runtime.onMessage.addListener(() => undefined);
  } }), tab);
  const apis = await heapKb();
  await h.sw((tabId) => chrome.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', files: ['bench-polyfill.js'] }), tab);
  const poly = await heapKb();
  console.log(`why: on the empty build, touching the extension APIs ours uses adds ${(apis - base).toFixed(0)} KB; then webextension-polyfill ${(poly - apis).toFixed(0)} KB`);
  await load('empty');
  const empty = await snapshot();
  const emptyKb = await heapKb();
  await load('ours');
  const ours = await snapshot();
  const oursKb = await heapKb();
  console.log(`why: ${slug}: heap ours ${oursKb.toFixed(0)} KB, empty ${emptyKb.toFixed(0)} KB, ours adds ${(oursKb - emptyKb).toFixed(0)} KB`);
  console.log('why: the difference by V8 node type (KB):');
  for (const [k, v] of diff(ours.byType, empty.byType)) if (Math.abs(v) >= 5) console.log(`  ${k.padEnd(24)} ${v.toFixed(0).padStart(6)}`);
  console.log('why: the largest differences by type and name (KB):');
  for (const [k, v] of diff(ours.byName, empty.byName).slice(0, 25)) console.log(`  ${k.padEnd(64)} ${v.toFixed(1).padStart(7)}`);
  // The data the script holds, cloned and kept alive in its world: what the clone adds is what it costs.
  await h.inject();
  const tabId = await h.tabId();
  for (const field of ['packs', 'plan']) {
    const before = await heapKb();
    const json = await h.sw(
      ({ tabId, field }) =>
        chrome.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          func: (f) => {
            const cards = globalThis[Symbol.for('context-cards.card')];
            const value = cards?.app?.[f];
            if (value === undefined) return -1;
            (globalThis.__whyKeep ??= []).push(structuredClone(value));
            return JSON.stringify(value).length;
          },
          args: [field],
        }).then((r) => r[0]?.result),
      { tabId, field },
    );
    const after = await heapKb();
    console.log(`why: a clone of the controller's ${field} (${(json / 1024).toFixed(1)} KB as JSON) adds ${(after - before).toFixed(0)} KB of heap`);
  }
} finally {
  await h.close();
  await server.close();
}
