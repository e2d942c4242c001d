// Frame timings in the page's main world, for the figures a reader feels: the longest frame, rendering
// included, and the main thread's busy time (CDP), each with our content script and with the empty one.
/* global CSS, document, location, performance, requestAnimationFrame, PerformanceObserver, window -- run in the page */

const FRAMES_KEY = '__contextCardsBenchFrames';

/**
 * Init script for every document (playwright addInitScript), active only where the address asks for it
 * (`bench-frames` in the query), so the page table's pages carry no rAF loop. Records every Long Animation
 * Frame (Chromium: frames over 50 ms, script, style, layout and paint included) and the gap between
 * consecutive requestAnimationFrame callbacks (the frame length below 50 ms, where LoAF is silent).
 */
export function frameRecorder() {
  if (!location.search.includes('bench-frames')) return;
  const rec = { loaf: [], gaps: [], from: 0 };
  window.__contextCardsBenchFrames = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.loaf.push({ start: e.startTime, ms: e.duration, blockingMs: e.blockingDuration });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    rec.noLoaf = true;
  }
  let last = 0;
  const tick = (t) => {
    if (last) rec.gaps.push({ start: last, ms: t - last });
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Starts a measuring window now (frames that began before it are left out). */
export async function resetFrames(page) {
  await page.evaluate((key) => {
    const rec = window[key];
    rec.from = performance.now();
  }, FRAMES_KEY);
}

/**
 * The longest frame since the window started (or since the document started, `fromStart`): the longest
 * Long Animation Frame, else the longest gap between animation frames. Both measure from a frame's first
 * task to its rendering; a gap also holds up to one vsync interval of waiting.
 */
export async function longestFrame(page, { fromStart = false } = {}) {
  return page.evaluate(({ key, fromStart }) => {
    const rec = window[key];
    const from = fromStart ? 0 : rec.from;
    const loaf = rec.loaf.filter((e) => e.start >= from);
    const gaps = rec.gaps.filter((e) => e.start >= from);
    const max = (l) => l.reduce((a, e) => Math.max(a, e.ms), 0);
    return { ms: Math.max(max(loaf), max(gaps)), loafMs: max(loaf), gapMs: max(gaps), longFrames: loaf.length, frames: gaps.length, noLoaf: !!rec.noLoaf };
  }, { key: FRAMES_KEY, fromStart });
}

/** The renderer main thread's total task time so far (CDP Performance.getMetrics TaskDuration), in ms. */
export async function busyMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { taskMs: get('TaskDuration') * 1000, scriptMs: get('ScriptDuration') * 1000, layoutMs: (get('LayoutDuration') + get('RecalcStyleDuration')) * 1000 };
}

/** Appends `texts` to `#feed` in batches, one batch per page task, `gapMs` apart (the page's own code). */
export async function growFeed(page, texts, batch, gapMs) {
  for (let i = 0; i < texts.length; i += batch) {
    await page.evaluate((list) => {
      const feed = document.getElementById('feed');
      const article = document.createElement('article');
      for (const text of list) {
        const p = document.createElement('p');
        p.textContent = text;
        article.append(p);
      }
      feed.append(article);
    }, texts.slice(i, i + batch));
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
}

/** How many ranges the page's registered highlights hold, all names together (the page's world sees the
 * registry the content script writes to). */
export async function registeredRanges(page) {
  return page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
}

/** A page with `count` mentions in one `<pre>`, one a line, between ordinary words. */
export function denseNodePage(phrases, count) {
  const lines = [];
  for (let i = 0; i < count; i++) lines.push(`${String(i).padStart(5, '0')} report line about ${phrases[i % phrases.length]} and the weather`);
  const text = lines.join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dense node</title></head><body><h1>Log</h1><pre>${text}</pre></body></html>`;
}

/** A page that builds a chain of `depth` nested elements when parsed (its own script); the bench appends to them. */
export function deepChainPage(depth, tag = 'div', hidden = false) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>deep chain</title></head><body><h1>Chain</h1><div id="root"${hidden ? ' hidden' : ''}></div><script>
let el = document.getElementById('root');
const chain = [];
for (let i = 0; i < ${depth}; i++) { const d = document.createElement('${tag}'); el.append(d); chain.push(d); el = d; }
window.__chain = chain;
</script></body></html>`;
}

/** The page's own code appends a text element to each element of its chain, `perTask` elements a task. */
export async function appendToChain(page, phrases, perTask, gapMs) {
  const depth = await page.evaluate(() => window.__chain.length);
  for (let from = 0; from < depth; from += perTask) {
    await page.evaluate(({ from, perTask, phrases }) => {
      const chain = window.__chain;
      for (let i = from; i < Math.min(from + perTask, chain.length); i++) {
        const span = document.createElement('span');
        span.textContent = i % 100 === 7 ? `item ${i} on ${phrases[Math.floor(i / 100) % phrases.length]}` : `item ${i}`;
        chain[i].append(span);
      }
    }, { from, perTask, phrases });
    await new Promise((resolve) => setTimeout(resolve, gapMs));
  }
}
