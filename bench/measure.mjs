// The measurements one page gets, shared by run.mjs and smoke.mjs.
/* global document, performance -- functions passed to evaluate() run in the page */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { median, sleep } from './harness.mjs';
import { repoRoot } from './pages.mjs';

/** Our term list as mark.js gets it: every variant text, and one combined expression of them. */
export function markTerms() {
  const pack = JSON.parse(readFileSync(path.join(repoRoot, 'public', 'packs', 'cnn-2018-uk-xinjiang.json'), 'utf8'));
  const texts = [...new Set(pack.terms.flatMap((t) => t.variants.map((v) => v.text)))];
  const escaped = [...texts].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return { texts, source: escaped.join('|'), flags: 'gi' };
}

/** Length of one timed batch of repetitions inside the page (the timer's granularity is 0.1 ms). */
const BATCH_MS = 3;
/** A first load whose longest slice is at least this long is measured twice more. */
const RECHECK_SLICE_MS = 25;

/**
 * Measures one loaded page: `rounds` rounds, engines in shuffled order each round; mark.js engines are
 * followed by unmark() and a wait until the extension has processed the restoring mutations, so every
 * engine sees the same DOM. Returns medians.
 */
export async function measurePage(h, url, { rounds, shuffle, withMark, terms }) {
  await h.load(url);
  await h.waitReady();
  const load = await h.call('stats');
  const size = await h.call('size');
  const engines = ['floor', 'ours', ...(withMark ? ['markjs', 'markjsRegExp'] : [])];
  const samples = Object.fromEntries(engines.map((e) => [e, []]));
  for (let r = 0; r < rounds; r++) {
    for (const engine of shuffle(engines)) {
      let t;
      if (engine === 'floor' || engine === 'ours') t = await h.call(engine, BATCH_MS);
      else if (engine === 'markjs') t = await h.call('markjs', terms.texts);
      else t = await h.call('markjsRegExp', terms.source, terms.flags);
      if (!t) throw new Error(`bench: ${engine} returned nothing on ${url}`);
      samples[engine].push(t);
      if (engine.startsWith('markjs')) await h.waitSettled();
      else await sleep(5);
    }
  }
  // A slice is timed by the wall clock: on a busy machine another process can stretch one. A long
  // longest slice is measured again on two fresh loads, and the median of the three is kept.
  let longestSliceMs = load.longestSliceMs;
  if (longestSliceMs >= RECHECK_SLICE_MS) {
    const again = [longestSliceMs];
    for (let i = 0; i < 2; i++) {
      await h.load(url);
      await h.waitReady();
      again.push((await h.call('stats')).longestSliceMs);
    }
    longestSliceMs = median(again);
  }
  const summary = {};
  for (const e of engines) {
    summary[e] = {
      ms: median(samples[e].map((t) => t.ms)),
      wallMs: median(samples[e].map((t) => t.wallMs)),
      count: samples[e][0].count,
    };
  }
  return { longestSliceMs, loadWorkMs: load.workMs, shown: load.mentions, relevant: load.relevant, ...size, ...summary };
}

/**
 * The infinite-scroll scenario: the page appends `paragraphs` in batches of `batch` (its own code, in the
 * page's world), one batch per frame-and-a-bit, like a feed as the reader scrolls. Compares the
 * extension's work (observer callbacks and the slices they cause, renders included) with the page's own
 * time to build and append the same content.
 */
export async function measureScroll(h, url, paragraphs, batch, { whole = false } = {}) {
  await h.load(url);
  await h.waitReady();
  await h.waitSettled();
  const before = await h.call('stats');
  let appendMs = 0;
  let appendLayoutMs = 0;
  for (let i = 0; i < paragraphs.length; i += batch) {
    const [jsMs, layoutMs] = await h.page.evaluate((texts) => {
      const t0 = performance.now();
      const feed = document.getElementById('feed');
      const article = document.createElement('article');
      for (const text of texts) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
      feed.append(article);
      const t1 = performance.now();
      void document.body.offsetHeight; // the layout the new content costs the page
      return [t1 - t0, performance.now() - t0];
    }, paragraphs.slice(i, i + batch));
    appendMs += jsMs;
    appendLayoutMs += layoutMs;
    await sleep(60);
  }
  await h.waitSettled(300);
  const after = await h.call('stats');
  // With `whole`, the grown feed is then scanned whole, warm, as the page table times it: how much of the
  // observer's cost is the matching itself, and how much is doing it in pieces, in code that the page's
  // fresh world has not optimised yet. Only after the last run: thousands of warm rescans leave the
  // renderer in a state where later runs in the same browser measured up to twice as slow.
  const floor = whole ? await h.call('floor', BATCH_MS) : undefined;
  const scan = whole ? await h.call('ours', BATCH_MS) : undefined;
  return {
    warmFloorMs: floor?.ms,
    warmScanMs: scan?.ms,
    observerMs: after.workMs - before.workMs,
    appendMs,
    appendLayoutMs,
    mentions: after.mentions,
    longestSliceMs: after.longestSliceMs,
  };
}
