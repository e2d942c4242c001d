// The costs a reader feels, each beside its floor in the same browser: loads alternate between our
// content script and an empty one (the same registration, its file swapped: bench/harness.mjs useScript).
/* global chrome, document, location, XMLSerializer, performance, requestAnimationFrame, URLSearchParams, window -- functions passed to evaluate() run in the page or the service worker */
import { busyMs, growFeed, longestFrame, resetFrames, appendToChain } from './frames.mjs';
import { median, sleep } from './harness.mjs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_PAGE } from './build.mjs';

const spread = (list) => (list.length ? Math.max(...list) - Math.min(...list) : 0);
/** Median and spread (max − min) of a list of samples, with the samples. */
export const summary = (list) => ({ median: list.length ? median(list) : undefined, spread: spread(list), samples: list });
const withFrames = (url) => `${url}${url.includes('?') ? '&' : '?'}bench-frames`;

/**
 * One fresh load of the feed with `which` content script: the page's main-thread busy time (every task,
 * script of every world, style, layout and paint; CDP TaskDuration) and its longest frame while it appends
 * the paragraphs and for `tailMs` after (our last batch waits out its burst delay in that time).
 */
async function feedLoad(h, url, paragraphs, which, { batch, gapMs, tailMs }) {
  await h.useScript(which);
  await h.page.goto(withFrames(url), { waitUntil: 'load' });
  await h.cdp.send('Performance.enable');
  await sleep(600);
  await resetFrames(h.page);
  const before = await busyMs(h.cdp);
  await growFeed(h.page, paragraphs, batch, gapMs);
  await sleep(tailMs);
  const frame = await longestFrame(h.page);
  const after = await busyMs(h.cdp);
  const out = { busyMs: after.taskMs - before.taskMs, scriptMs: after.scriptMs - before.scriptMs, layoutMs: after.layoutMs - before.layoutMs, frameMs: frame.ms, loafMs: frame.loafMs, gapMs: frame.gapMs };
  if (which === 'ours') {
    // After the window: the probe's calls are not in it. A batch still pending would have been missed.
    await h.inject();
    const stats = await h.call('stats');
    out.lateWork = stats.busy;
    out.longestSliceMs = stats.longestSliceMs;
    out.mentions = stats.mentions;
    out.workMs = stats.workMs;
  }
  return out;
}

/**
 * observer/full and feed-frame-ms: `runs` pairs of fresh loads of the feed, ours and the empty build in
 * alternating order. Busy times and longest frames are medians of each side; the per-pair ratios show the spread.
 */
export async function measureFeedAgainstFloor(h, url, paragraphs, { runs = 5, batch = 50, gapMs = 60, tailMs = 1500 } = {}) {
  const ours = [];
  const empty = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['empty', 'ours'] : ['ours', 'empty'];
    for (const which of order) (which === 'ours' ? ours : empty).push(await feedLoad(h, url, paragraphs, which, { batch, gapMs, tailMs }));
  }
  await h.useScript('ours');
  const pick = (list, k) => median(list.map((s) => s[k]));
  const full = (pick(ours, 'busyMs') - pick(empty, 'busyMs')) / pick(empty, 'busyMs');
  const pairs = ours.map((o, i) => (o.busyMs - empty[i].busyMs) / empty[i].busyMs);
  const frameDiffs = ours.map((o, i) => o.frameMs - empty[i].frameMs);
  return {
    ours, empty, full, pairs,
    busyOurs: summary(ours.map((s) => s.busyMs)), busyEmpty: summary(empty.map((s) => s.busyMs)),
    // Where the difference goes: script of every world, style and layout (CDP metrics), and our own slices.
    scriptOurs: summary(ours.map((s) => s.scriptMs)), scriptEmpty: summary(empty.map((s) => s.scriptMs)),
    layoutOurs: summary(ours.map((s) => s.layoutMs)), layoutEmpty: summary(empty.map((s) => s.layoutMs)),
    work: summary(ours.map((s) => s.workMs)),
    frameOurs: summary(ours.map((s) => s.frameMs)), frameEmpty: summary(empty.map((s) => s.frameMs)),
    frameMs: pick(ours, 'frameMs') - pick(empty, 'frameMs'), frameDiffs,
    longestSliceMs: Math.max(...ours.map((s) => s.longestSliceMs)), mentions: pick(ours, 'mentions'),
    late: ours.filter((s) => s.lateWork).length,
  };
}

/**
 * The longest frame of a page from its first frame until our work has settled (dense-node-ms), or while
 * `act` runs and `tailMs` after it (deep-chain-ms), ours minus the empty build, over `runs` alternating pairs.
 */
export async function measureFrameAgainstFloor(h, url, { runs = 3, settleMs = 2500, act, tailMs = 1500 } = {}) {
  const ours = [];
  const empty = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? ['empty', 'ours'] : ['ours', 'empty'];
    for (const which of order) {
      await h.useScript(which);
      await h.page.goto(withFrames(url), { waitUntil: 'load', timeout: 120_000 });
      let extra = {};
      if (act) {
        await sleep(600);
        await resetFrames(h.page);
        await act(h.page);
        await sleep(tailMs);
      } else {
        await sleep(settleMs);
      }
      const frame = await longestFrame(h.page, { fromStart: !act });
      if (which === 'ours') {
        await h.inject();
        await h.waitReady();
        const stats = await h.call('stats');
        extra = { mentions: stats.mentions, longestSliceMs: stats.longestSliceMs, lateWork: stats.busy };
      }
      (which === 'ours' ? ours : empty).push({ frameMs: frame.ms, loafMs: frame.loafMs, gapMs: frame.gapMs, ...extra });
    }
  }
  await h.useScript('ours');
  const pick = (list, k) => median(list.map((s) => s[k]));
  return {
    ours: summary(ours.map((s) => s.frameMs)), empty: summary(empty.map((s) => s.frameMs)),
    diffMs: pick(ours, 'frameMs') - pick(empty, 'frameMs'), diffs: ours.map((o, i) => o.frameMs - empty[i].frameMs),
    mentions: pick(ours, 'mentions'), longestSliceMs: Math.max(...ours.map((s) => s.longestSliceMs)), late: ours.filter((s) => s.lateWork).length,
  };
}

/** deep-chain: the page appends a text element to every element of its chain, 400 a task, 30 ms apart. */
export const deepChainAct = (phrases) => (page) => appendToChain(page, phrases, 400, 30);

/**
 * The renderer's JS heap after a forced full GC (CDP HeapProfiler.collectGarbage, twice), from
 * Runtime.getHeapUsage on the page's target. That figure is the whole isolate's: every world of every
 * frame the renderer holds for the tab, the content script's isolated world included (one isolate per
 * renderer; bench/heap-check.mjs shows an allocation in the isolated world moving it byte for byte).
 */
async function heapNow(h) {
  for (let i = 0; i < 2; i++) await h.cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await h.cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024;
}

/** One fresh load (from about:blank) with `which` content script, `settleMs` for the first scan, then the heap. */
async function heapLoad(h, url, which, origin, settleMs) {
  await h.useScript(which);
  await h.page.goto('about:blank');
  await h.page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await sleep(settleMs);
  const kb = await heapNow(h);
  // Frames the content script runs in: documents of the served origin (remote frames fail to load).
  const frames = h.page.frames().filter((f) => f.url().startsWith(origin)).length;
  let mentions;
  let late = false;
  if (which === 'ours') {
    // After the sample, so the probe's own code is not counted.
    await h.inject();
    const stats = await h.call('stats');
    mentions = stats.mentions;
    late = stats.busy || !(await h.call('ready'));
  }
  return { kb, frames, mentions, late };
}

/**
 * heap-kb over `pages` (each {slug, url}): per page, `rounds` pairs of fresh loads in alternating order;
 * the page's cost is the median of ours minus the median of the empty build's, divided by the frames the
 * content script ran in. Pages where ours shows a mention are reported apart (`matched`).
 */
export async function measureHeapAgainstFloor(h, pages, origin, { rounds = 2, settleMs = 2000, log = () => undefined } = {}) {
  const rows = [];
  for (const p of pages) {
    const ours = [];
    const empty = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? ['empty', 'ours'] : ['ours', 'empty'];
      for (const which of order) (which === 'ours' ? ours : empty).push(await heapLoad(h, p.url, which, origin, settleMs));
    }
    const frames = Math.max(1, ours[0].frames);
    const row = {
      slug: p.slug, frames, oursKb: median(ours.map((s) => s.kb)), emptyKb: median(empty.map((s) => s.kb)),
      spreadKb: Math.max(spread(ours.map((s) => s.kb)), spread(empty.map((s) => s.kb))),
      mentions: Math.max(...ours.map((s) => s.mentions ?? 0)), late: ours.some((s) => s.late),
    };
    row.perFrameKb = (row.oursKb - row.emptyKb) / frames;
    rows.push(row);
    log(row);
  }
  await h.useScript('ours');
  const idle = rows.filter((r) => r.mentions === 0);
  return { rows, idle, perFrameKb: idle.length ? median(idle.map((r) => r.perFrameKb)) : undefined, spread: summary(idle.map((r) => r.perFrameKb)) };
}

/** The page-world script of the paint timing: in extension pages asked for it, the first frame whose DOM holds
 * `bench-paint`'s selector (and, when asked, the first frame holding `bench-paint-later`'s). */
export function paintRecorder() {
  if (location.protocol !== 'chrome-extension:' || !location.search.includes('bench-paint')) return;
  const query = new URLSearchParams(location.search);
  const watch = (selector, key) => {
    const tick = () => {
      // rAF runs before the frame's style, layout and paint: this frame is the first to show it; the
      // timeout runs after that frame's rendering.
      if (document.querySelector(selector)) setTimeout(() => (window[key] = performance.now()), 0);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  watch(query.get('bench-paint'), '__contextCardsBenchPaint');
  if (query.get('bench-paint-later')) watch(query.get('bench-paint-later'), '__contextCardsBenchPaintLater');
}

/**
 * One fresh open of an extension page in a new tab: ms from its time origin to just after the first frame with
 * `selector`; with `later`, `onLater` gets the same for the first frame with that selector too.
 */
async function openPaint(h, file, query, selector, later, onLater) {
  const page = await h.context.newPage();
  try {
    const asked = `bench-paint=${encodeURIComponent(selector)}${later ? `&bench-paint-later=${encodeURIComponent(later)}` : ''}`;
    const url = `chrome-extension://${h.extensionId}/${file}?${query}${query ? '&' : ''}${asked}`;
    await page.goto(url, { waitUntil: 'load' });
    for (let i = 0; i < 200; i++) {
      const [ms, laterMs] = await page.evaluate(() => [window.__contextCardsBenchPaint, window.__contextCardsBenchPaintLater]);
      if (ms !== undefined && (!later || laterMs !== undefined)) {
        if (later) onLater(laterMs);
        return ms;
      }
      await sleep(25);
    }
    throw new Error(`bench: ${file} never showed ${selector}${later ? ` and ${later}` : ''}`);
  } finally {
    await page.close();
  }
}

/** The popup's content: its source's sections, the citation panel among them (the tab's part may still be loading). */
export const POPUP_CONTENT = 'main.cc-popup .cc-cite';
/** The popup's tab part: any state but the loading one (what the figure counted until session 14). */
export const POPUP_TAB_PART = '[data-state]:not([data-state="loading"])';

/** The static copy of the popup's first content (bench/build.mjs's directory, beside the empty page). */
export const STATIC_POPUP_PAGE = 'bench-static-popup.html';

/**
 * Writes the popup's first content as a static page: its markup and stylesheets as the popup shows them for
 * the bench tab, no script (closed sections' bodies emptied, the tab's part as its loading line). What showing
 * this content costs without building it: the floor under the empty page's floor.
 */
export async function writeStaticPopup(h, dir, tabId) {
  const page = await h.context.newPage();
  try {
    await page.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await page.waitForSelector(POPUP_CONTENT);
    const html = await page.evaluate(() => {
      const root = document.documentElement.cloneNode(true);
      root.querySelectorAll('script, link[rel="modulepreload"]').forEach((n) => n.remove());
      root.querySelectorAll('.cc-disclosure-body').forEach((n) => n.replaceChildren());
      root.querySelectorAll('[data-state]').forEach((n) => n.setAttribute('data-state', 'loading'));
      return `<!doctype html>\n${new XMLSerializer().serializeToString(root)}`;
    });
    writeFileSync(path.join(dir, STATIC_POPUP_PAGE), html);
  } finally {
    await page.close();
  }
}

/**
 * popup-paint/floor: fresh opens of popup.html (for the bench tab), of an empty extension page and of the
 * static copy of the popup's first content (`writeStaticPopup`), in rotating order, with the service worker
 * warm (woken just before each open); then `cold` opens of the popup after the service worker was stopped
 * (CDP ServiceWorker.stopAllWorkers).
 */
export async function measurePopupAgainstFloor(h, dir, { runs = 8, cold = 3 } = {}) {
  const tabId = await h.tabId();
  await writeStaticPopup(h, dir, tabId);
  const popup = [];
  const tabPart = [];
  const empty = [];
  const copy = [];
  const kinds = ['popup', 'empty', 'static'];
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < kinds.length; j++) {
      const which = kinds[(i + j) % kinds.length];
      await h.sw(() => chrome.runtime.id);
      if (which === 'popup') popup.push(await openPaint(h, 'popup.html', `tab=${tabId}`, POPUP_CONTENT, POPUP_TAB_PART, (ms) => tabPart.push(ms)));
      else if (which === 'empty') empty.push(await openPaint(h, EMPTY_PAGE, '', '#content'));
      else copy.push(await openPaint(h, STATIC_POPUP_PAGE, '', POPUP_CONTENT));
    }
  }
  const coldMs = [];
  for (let i = 0; i < cold; i++) {
    try {
      await h.cdp.send('ServiceWorker.enable');
      await h.cdp.send('ServiceWorker.stopAllWorkers');
      await sleep(300);
      coldMs.push(await openPaint(h, 'popup.html', `tab=${tabId}`, POPUP_CONTENT));
    } catch (error) {
      console.warn(`bench: a cold popup open failed: ${error instanceof Error ? error.message : error}`);
    }
  }
  await h.sw(() => chrome.runtime.id);
  return {
    popup: summary(popup), tabPart: summary(tabPart), empty: summary(empty), copy: summary(copy), cold: summary(coldMs),
    ratio: median(popup) / median(empty), pairs: popup.map((p, i) => p / empty[i]),
    copyRatio: median(copy) / median(empty), overCopy: median(popup) / median(copy),
  };
}

/**
 * card-frames and the first card: on a fresh load, the first card (hover: the pointer rests on the first
 * mention past the hover delay) in ms from the trigger to the frame showing it; then `repeats` cards on
 * other mentions, each opened after the last one closed, counted in frames from the trigger.
 */
export async function measureCards(h, url, { loads = 3, repeats = 4 } = {}) {
  const first = [];
  const frames = [];
  for (let l = 0; l < loads; l++) {
    await h.load(url);
    await h.waitReady();
    if (!(await h.call('cardWatch'))) throw new Error('bench: no card controller in the content script world');
    for (let i = 0; i <= repeats; i++) {
      // The first load's mentions are drawn a frame after their styles: wait for them a little.
      const point = await waitFor(() => h.call('mentionPoint', i), Boolean, i === 0 ? 3000 : 500);
      if (!point) {
        if (i === 0) throw new Error('bench: no drawn mention to hover');
        break;
      }
      await h.page.mouse.move(point.x, point.y);
      const seen = await waitFor(() => h.call('cardSeen'), (s) => s.length > i, 5000);
      if (!seen) throw new Error('bench: the card did not open on hover');
      if (i === 0) first.push(seen[0].ms);
      else frames.push(seen[i].frames);
      // Leave the mention, and let the hover card close before the next.
      await h.page.mouse.move(2, 2);
      await sleep(700);
    }
  }
  return { firstMs: summary(first), frames: summary(frames), maxFrames: frames.length ? Math.max(...frames) : undefined };
}

async function waitFor(get, ok, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await get();
    if (ok(v)) return v;
    await sleep(25);
  }
  return null;
}
