// The popup's first content as a static page: the same markup and stylesheets, no script (closed sections'
// bodies emptied, the tab's part as its loading line), opened fresh against the empty extension page and the
// popup itself. What the content alone costs, next to what building it costs (docs/benchmark.md, popup).
// Needs a bench build (`npm run bench -- --only=popup` makes one). Usage: node bench/popup-static.mjs
/* global chrome, document, window, XMLSerializer -- functions passed to evaluate() run in the page or the service worker */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchDir } from './build.mjs';
import { launch } from './harness.mjs';
const dir = benchDir;
const h = await launch(dir);
await h.page.goto('about:blank');
const tabId = await h.tabId();
const sel = 'main.cc-popup .cc-cite';
const snap = await h.context.newPage();
await snap.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
await snap.waitForSelector(sel);
const html = await snap.evaluate(() => {
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, link[rel="modulepreload"]').forEach((n) => n.remove());
  root.querySelectorAll('.cc-disclosure-body').forEach((n) => n.replaceChildren());
  root.querySelectorAll('[data-state]').forEach((n) => n.setAttribute('data-state', 'loading'));
  return '<!doctype html>\n' + new XMLSerializer().serializeToString(root);
});
await snap.close();
writeFileSync(path.join(dir, 'bench-static-popup.html'), html);
const med = (l) => { const s = [...l].sort((a, b) => a - b); return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2; };
const rows = { empty: [], static: [], popup: [] };
async function open(file, query, selector) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${file}?${query}${query ? '&' : ''}bench-paint=${encodeURIComponent(selector)}`);
  let ms; for (let k = 0; k < 200 && ms === undefined; k++) { ms = await page.evaluate(() => window.__contextCardsBenchPaint); if (ms === undefined) await new Promise((r) => setTimeout(r, 25)); }
  await page.close();
  return ms;
}
for (let i = 0; i < 8; i++) {
  const order = [['empty', 'bench-empty.html', '', '#content'], ['static', 'bench-static-popup.html', '', sel], ['popup', 'popup.html', `tab=${tabId}`, sel]];
  for (let j = 0; j < 3; j++) {
    const [k, f, q, s] = order[(i + j) % 3];
    await h.sw(() => chrome.runtime.id);
    rows[k].push(await open(f, q, s));
  }
}
for (const [k, l] of Object.entries(rows)) console.log(k, 'median', med(l).toFixed(1), 'samples', l.map((x) => x.toFixed(0)).join(' '));
await h.context.close();
