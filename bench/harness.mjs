// Drives headless Chromium with the bench build: serves pages from memory on 127.0.0.1, and calls the
/* global chrome -- functions passed to evaluate() run in the service worker */
// probe in the content script's isolated world through the service worker (scripting.executeScript).
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { EMPTY_SCRIPT } from './build.mjs';
import { frameRecorder } from './frames.mjs';
import { paintRecorder } from './floor.mjs';

const PROBE_KEY = 'context-cards.bench-probe';

/** Serves `routes` (path -> html) from memory; nothing else. */
export async function startServer(routes) {
  const server = http.createServer((req, res) => {
    const body = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: (p) => origin + p,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/** Launches Chromium with the extension in `extensionDir` and one page; returns helpers. */
export async function launch(extensionDir) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Pages are served locally; every other host fails, so the real pages' remote assets never load.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--enable-precise-memory-info', '--js-flags=--expose-gc',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  const isOurs = (w) => w.url().startsWith('chrome-extension://') && w.url().endsWith('/background.js');
  const worker = async () => context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 20_000 });
  const sw = async (fn, arg) => (await worker()).evaluate(fn, arg);
  // The content script is registered by the background on install; wait for it.
  for (let i = 0; i < 100; i++) {
    if ((await sw(() => chrome.scripting.getRegisteredContentScripts().then((l) => l.length))) > 0) break;
    await sleep(100);
  }
  // Close the welcome tab the install opens, so one tab (always visible) is measured.
  await sleep(300);
  const page = await context.newPage();
  for (const other of context.pages()) if (other !== page) await other.close();
  // Frame timings in pages whose address asks for them (`?bench-frames`); inert everywhere else.
  await context.addInitScript(frameRecorder);
  await context.addInitScript(paintRecorder);
  const cdp = await context.newCDPSession(page);
  const extensionId = new URL((await worker()).url()).host;
  let tabId;
  let script = 'ours';
  let shipped;

  const api = {
    context,
    page,
    sw,
    cdp,
    extensionId,
    /** Which content script new loads get: ours, or the floor's empty one (the same registration, its file swapped). */
    async useScript(which) {
      if (which === script) return;
      // Ours as the background registered it, kept from the first swap (the swap itself changes it).
      shipped ??= (await sw(() => chrome.scripting.getRegisteredContentScripts()))[0];
      // The empty build injects nothing else: our highlight stylesheet is part of our cost.
      const change = which === 'empty' ? { id: shipped.id, js: [EMPTY_SCRIPT], css: [] } : { id: shipped.id, js: shipped.js, css: shipped.css ?? [] };
      await sw((c) => chrome.scripting.updateContentScripts([c]), change);
      script = which;
    },
    /** The tab id of the bench page (set by the first load). */
    async tabId() {
      tabId ??= await sw((u) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url === u)?.id), page.url());
      return tabId;
    },
    /** Injects the probe and mark.js into the content script's world of the page as it is now. */
    async inject() {
      await sw(({ tabId, files }) => chrome.scripting.executeScript({ target: { tabId }, files, world: 'ISOLATED' }).then(() => true), { tabId: await api.tabId(), files: ['mark.min.js', 'bench-probe.js'] });
    },
    /** Navigates to `url` and injects the probe and mark.js into the content script's world. */
    async load(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await api.inject();
    },
    /** Calls a probe function in the isolated world and returns its (awaited) result. */
    async call(name, ...args) {
      const [result] = await sw(
        ({ tabId, name, args, key }) =>
          chrome.scripting.executeScript({
            target: { tabId },
            world: 'ISOLATED',
            func: (n, a, k) => globalThis[Symbol.for(k)][n](...a),
            args: [name, args, key],
          }),
        { tabId, name, args, key: PROBE_KEY },
      );
      return result?.result;
    },
    /** Waits until the content script has finished its first sliced scan. */
    async waitReady(timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        if (await api.call('ready')) return;
        await sleep(25);
      }
      throw new Error(`bench: the content script did not finish its first scan of ${page.url()}`);
    },
    /** Waits until the scanner has nothing scheduled and its work counter has stopped moving for `quietMs`. */
    async waitSettled(quietMs = 150, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      let last = -1;
      let since = Date.now();
      while (Date.now() < end) {
        // Work still scheduled (a batch waiting out its delay, a report) is not counted yet: not settled.
        const { workMs, busy } = await api.call('stats');
        if (workMs !== last || busy) {
          last = workMs;
          since = Date.now();
        } else if (Date.now() - since >= quietMs) return;
        await sleep(30);
      }
      throw new Error(`bench: the content script's work did not settle on ${page.url()}`);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return api;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Geometric mean of positive numbers. */
export function geomean(values) {
  return Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length);
}

/** A seeded shuffle, so a run's order can be repeated. */
export function shuffler(seed) {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return (list) => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  };
}
