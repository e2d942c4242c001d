// The reliability and hostile-page figures, as reported benchmark numbers (the e2e tests check the
// behaviour, these the cost): a storm of mutations, and a page that keeps clearing our highlight.
/* global CSS, Highlight, document, performance -- functions passed to evaluate() run in the page */
import { sleep } from './harness.mjs';

const STORM = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm</title></head><body><p>Live blog about Xinjiang.</p><div id="feed"></div><p id="ticker">0</p></body></html>';
const CLEAR = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clearing</title></head><body><p>Xinjiang, Kashgar and a Uyghur poet.</p><div id="more"></div></body></html>';

/** Routes these pages need. */
export function reliabilityRoutes(routes) {
  routes.set('/storm/', STORM);
  routes.set('/clear/', CLEAR);
}

/**
 * About 1000 mutations a second for 5 s (appends, one in five with a mention, text changes, removals):
 * changes a ms the page made, our work in that time and its share of the main thread, the longest slice.
 */
export async function measureStorm(h, origin, seconds = 5) {
  await h.load(`${origin}/storm/`);
  await h.waitReady();
  const before = await h.call('stats');
  const storm = await h.page.evaluate(async (ms) => {
    const feed = document.getElementById('feed');
    const ticker = document.getElementById('ticker').firstChild;
    let mutations = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      const due = performance.now() - start;
      while (mutations < due) {
        const kind = mutations % 10;
        if (kind < 5) {
          const p = document.createElement('p');
          p.textContent = kind === 0 ? `Update ${mutations}: Uyghur families in Kashgar.` : `Update ${mutations}: markets, weather and sport.`;
          feed.append(p);
        } else if (kind < 9 || feed.childElementCount <= 200) ticker.data = String(mutations);
        else feed.firstElementChild.remove();
        mutations++;
      }
      await new Promise((resolve) => setTimeout(resolve, 4));
    }
    return { mutations, ms: performance.now() - start };
  }, seconds * 1000);
  await h.waitSettled(300);
  const after = await h.call('stats');
  const workMs = after.workMs - before.workMs;
  return { perMs: storm.mutations / storm.ms, workMs, share: workMs / storm.ms, longestSliceMs: after.longestSliceMs };
}

/** A page that deletes our highlight entry or replaces it with its own every 20 ms for 2 s: our work meanwhile. */
export async function measureHostile(h, origin) {
  await h.load(`${origin}/clear/`);
  await h.waitReady();
  await sleep(300);
  const before = await h.call('stats');
  const result = await h.page.evaluate(async () => {
    let ours = 0;
    let rounds = 0;
    const mine = new Set();
    const end = performance.now() + 2000;
    while (performance.now() < end) {
      const current = CSS.highlights.get('cc-mention');
      if (current && !mine.has(current)) ours++;
      if (rounds % 2) CSS.highlights.delete('cc-mention');
      else {
        const fake = new Highlight();
        mine.add(fake);
        CSS.highlights.set('cc-mention', fake);
      }
      rounds++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    CSS.highlights.delete('cc-mention');
    return { ours, rounds };
  });
  await h.waitSettled();
  const after = await h.call('stats');
  return { workMs: after.workMs - before.workMs, ours: result.ours, rounds: result.rounds };
}
