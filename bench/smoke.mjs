#!/usr/bin/env node
// A quick run of the benchmark harness on small pages, part of `npm test` so the harness cannot rot: the
// page table's engines, and each measurement against the floor (the empty content script) once. Uses the
// existing production build (.output/chrome-mv3). Exits 1 when the harness breaks, the content script
// finds nothing, or a measurement gives no number; the targets are for `npm run bench`, not for this
// single noisy round, so no time is checked against one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBench, shippedDir } from './build.mjs';
import { deepChainAct, measureCards, measureFeedAgainstFloor, measureFrameAgainstFloor, measureHeapAgainstFloor, measurePopupAgainstFloor } from './floor.mjs';
import { deepChainPage, denseNodePage, registeredRanges } from './frames.mjs';
import { launch, shuffler, startServer } from './harness.mjs';
import { measurePage, markTerms } from './measure.mjs';
import { DENSE_EVERY, injectMentions, makeInert, repoRoot, sharedDir } from './pages.mjs';
import { measureHostile, measureStorm, reliabilityRoutes } from './reliability.mjs';
import { attributeContentScript, injectedGz } from './size.mjs';

const started = Date.now();
const timeout = setTimeout(() => {
  console.error('bench smoke: over 240 s, giving up');
  process.exit(1);
}, 240_000);

/** The corpus's first page with dense mentions, or (without ../shared) a small page of our own. */
function smokePage() {
  const file = path.join(sharedDir, 'corpus', 'pages', '001', 'source.html');
  const phrases = ['Xinjiang', 'Uyghur', 're-education camps', 'Kashgar', 'vocational training centres'];
  if (existsSync(file)) return { name: 'corpus 001 (dense)', html: injectMentions(makeInert(readFileSync(file, 'utf8')), DENSE_EVERY, phrases).html };
  // Said out loud, and a failure on CI: a run on our own small page proves less than one on a real page.
  const why = `${file} not found (../shared is missing; see README.md)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${why}`);
  console.warn(`bench smoke: running on a generated page instead of corpus page 001: ${why}`);
  const paragraphs = Array.from({ length: 60 }, (_, i) => `<p>Paragraph ${i} of a small page${i % 10 === 3 ? `, mentioning ${phrases[i % phrases.length]}` : ''}.</p>`);
  return { name: 'generated page', html: `<!doctype html><meta charset="utf-8"><title>smoke</title><body>${paragraphs.join('')}</body>` };
}

/** Throws unless every value is a finite number: a measurement that stopped producing one has rotted. */
function numbers(what, values) {
  for (const [k, v] of Object.entries(values)) if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${what}: ${k} is not a number (${v})`);
  console.log(`bench smoke: ${what}: ${Object.entries(values).map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(2)}`).join(' ')} [${((Date.now() - started) / 1000).toFixed(1)} s]`);
}

/** Mentions in the dense node: more than the content script registers at once (content/drawn-window.ts). */
const DENSE_NODE_MENTIONS = 2000;
const DRAW_MAX = Number(/export const DRAW_MAX = (\d+)/.exec(readFileSync(path.join(repoRoot, 'content', 'drawn-window.ts'), 'utf8'))?.[1]);

let h;
let server;
try {
  const injected = injectedGz(shippedDir);
  const attribution = attributeContentScript();
  numbers('content script', { 'content-script-gz-kb': injected.kb, 'attributed-groups': attribution?.groups.length ?? NaN, 'preact-gz-kb': attribution?.groups.find((g) => g.group === 'preact')?.gzKb ?? 0 });
  const dir = await buildBench({ quiet: true, dir: path.join(repoRoot, '.output', 'bench-smoke') });
  const page = smokePage();
  const phrases = ['Xinjiang', 'Uyghur', 're-education camps', 'Kashgar', 'vocational training centres'];
  const routes = new Map([['/smoke/', page.html], ['/scroll/', '<!doctype html><meta charset="utf-8"><title>feed</title><main id="feed"></main>'], ['/dense-node/', denseNodePage(phrases, DENSE_NODE_MENTIONS)], ['/deep-chain/', deepChainPage(400)]]);
  reliabilityRoutes(routes);
  server = await startServer(routes);
  const origin = server.url('');
  h = await launch(dir);
  const m = await measurePage(h, server.url('/smoke/'), { rounds: 1, shuffle: shuffler(1), withMark: true, terms: markTerms() });
  console.log(
    `bench smoke (${page.name}, 1 round): floor ${m.floor.ms.toFixed(3)} ms, ours ${m.ours.ms.toFixed(3)} ms, ` +
      `scan/floor=${(m.ours.ms / m.floor.ms).toFixed(2)} markjs/scan=${(m.markjs.ms / m.ours.ms).toFixed(0)} ` +
      `markjsRegExp/scan=${(m.markjsRegExp.ms / m.ours.ms).toFixed(1)} longest-slice-ms=${m.longestSliceMs.toFixed(1)} ` +
      `mentions=${m.ours.count} [${((Date.now() - started) / 1000).toFixed(1)} s]`,
  );
  if (!(m.ours.count > 0)) throw new Error('the content script highlighted nothing on a page full of mentions');
  if (!(m.markjsRegExp.count > 0)) throw new Error('mark.js found nothing: the term list did not reach it');

  const texts = Array.from({ length: 100 }, (_, i) => `Paragraph ${i} of the feed${i % 10 === 3 ? `, about ${phrases[i % phrases.length]}` : ''}.`);
  const feed = await measureFeedAgainstFloor(h, server.url('/scroll/'), texts, { runs: 1, batch: 25, tailMs: 1000 });
  if (!(feed.mentions > 0)) throw new Error('the feed showed no mention');
  numbers('feed', { 'observer/full': feed.full, 'feed-frame-ms': feed.frameMs, 'busy-empty-ms': feed.busyEmpty.median });
  const dense = await measureFrameAgainstFloor(h, server.url('/dense-node/'), { runs: 1, settleMs: 1000 });
  if (!(dense.mentions > 0)) throw new Error('the dense node showed no mention');
  numbers('dense node', { 'dense-node-ms': dense.diffMs, 'empty-frame-ms': dense.empty.median });
  // A count, not a clock: every mention counted, only a bounded window of them registered for painting.
  await h.load(server.url('/dense-node/'));
  await h.waitReady();
  await h.waitSettled();
  const denseStats = await h.call('stats');
  const ranges = await registeredRanges(h.page);
  numbers('dense node ranges', { mentions: denseStats.mentions, 'registered-ranges': ranges, 'draw-max': DRAW_MAX });
  if (denseStats.mentions !== DENSE_NODE_MENTIONS) throw new Error(`the dense node counted ${denseStats.mentions} mentions, not ${DENSE_NODE_MENTIONS}`);
  if (!(ranges > 0 && ranges <= DRAW_MAX)) throw new Error(`the dense node registered ${ranges} ranges (at most ${DRAW_MAX} expected, and some)`);
  const deep = await measureFrameAgainstFloor(h, server.url('/deep-chain/'), { runs: 1, act: deepChainAct(['Xinjiang', 'Uyghur']), tailMs: 800 });
  numbers('deep chain', { 'deep-chain-ms': deep.diffMs, 'empty-frame-ms': deep.empty.median, mentions: deep.mentions });
  const heap = await measureHeapAgainstFloor(h, [{ slug: 'smoke', url: server.url('/smoke/') }], origin, { rounds: 1, settleMs: 800 });
  numbers('heap', { 'heap-kb-a-frame': heap.rows[0].perFrameKb, 'ours-kb': heap.rows[0].oursKb, 'empty-kb': heap.rows[0].emptyKb });
  const cards = await measureCards(h, server.url('/smoke/'), { loads: 1, repeats: 1 });
  numbers('cards', { 'card-frames': cards.maxFrames, 'first-card-ms': cards.firstMs.median });
  await h.load(server.url('/smoke/'));
  const popup = await measurePopupAgainstFloor(h, dir, { runs: 1, cold: 1 });
  numbers('popup', { 'popup-paint/floor': popup.ratio, 'popup-ms': popup.popup.median, 'empty-page-ms': popup.empty.median, 'static-copy-ms': popup.copy.median, 'cold-ms': popup.cold.median });
  const storm = await measureStorm(h, origin, 1);
  const hostile = await measureHostile(h, origin);
  numbers('reliability', { 'changes-a-ms': storm.perMs, 'storm-share': storm.share, 'hostile-work-ms': hostile.workMs });
} catch (error) {
  console.error(`bench smoke failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await h?.close();
  await server?.close();
  clearTimeout(timeout);
}
