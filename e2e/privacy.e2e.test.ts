// Issue 9, privacy: no request to any non-extension URL from any extension context while browsing
// test pages, hovering mentions (cards), using the popup, the options and welcome pages, and copying.
// Two recorders: the drivers' request events (Chromium: the whole context, service worker included;
// Firefox: each tab over BiDi), and a recording proxy that every non-local host is sent to, which sees
// what the drivers cannot (the Firefox background page, Chromium's offscreen document).
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, expect } from 'vitest';
import { waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { openCard } from './card-support.ts';

/** A proxy that answers every request with 502 and remembers where it was going. */
async function startRecordingProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req, socket) => {
    // After a CONNECT the socket is the proxy's own: a browser that resets it (seen under load) must not
    // become an uncaught error of the test run.
    socket.on('error', () => undefined);
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const proxy = await startRecordingProxy();
afterAll(() => proxy.close());

/**
 * The browsers' own services, which reach the proxy too: Chromium's account check and Firefox's
 * Remote Settings, push and captive-portal probes. The extension has no code naming them (the bundle
 * scan, scripts/scan-bundles.mjs, fails on any URL literal it cannot explain).
 */
const BROWSER_SERVICES: Record<string, RegExp> = {
  chromium: /^CONNECT (accounts\.google\.com|clients\d*\.google\.com|update\.googleapis\.com|safebrowsing\.googleapis\.com|optimizationguide-pa\.googleapis\.com):443$/,
  firefox: /^(CONNECT [\w.-]+\.(mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com):443|GET http:\/\/detectportal\.firefox\.com\/\S*)$/,
};

/** Whether a request URL stays on this machine: the test server, the extension, or no network at all. */
function isLocal(url: string, env: BrowserEnv): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  if (url.startsWith(`${env.browser.extensionOrigin}/`)) return true;
  const { hostname, port } = new URL(url);
  return port === String(env.server.port) && (hostname === '127.0.0.1' || hostname.endsWith('.test'));
}

/** Starts recording every request the driver reports; returns the list it fills. */
function recordRequests(env: BrowserEnv, pages: HarnessPage[]): { urls: string[]; watch(page: HarnessPage): void } {
  const urls: string[] = [];
  const watch = (page: HarnessPage) => {
    // Chromium records context-wide below; Firefox per tab.
    if (page.browserName === 'firefox') page.raw.on('request', (request) => void urls.push(request.url()));
  };
  if (env.browser.name === 'chromium') {
    const context = (env.browser as unknown as { context: import('playwright-core').BrowserContext }).context;
    context.on('request', (request) => void urls.push(request.url()));
  }
  pages.forEach(watch);
  return { urls, watch };
}

/** Page world: the centre of the first highlighted mention, to hover it. */
function firstMentionPoint(name: string): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  for (const r of (highlight ?? []) as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
}

/** Clicks every button of an extension page whose label is about copying or citing. */
async function clickCopyButtons(page: HarnessPage): Promise<number> {
  const labels: string[] = await page.evaluate(() =>
    [...document.querySelectorAll('button')].map((b) => `${b.textContent ?? ''} ${b.getAttribute('aria-label') ?? ''}`),
  );
  let clicked = 0;
  for (const [index, label] of labels.entries()) {
    if (!/cop(y|ier)|cite|citation|复制|引用/i.test(label)) continue;
    await page.evaluate((i: number) => document.querySelectorAll('button')[i]?.click(), index);
    clicked++;
  }
  return clicked;
}

forEachBrowser(
  (env) => {
    itWithPages('sends nothing beyond the test server and the extension while browsing, hovering, and using every extension page', async (track) => {
      const recorder = recordRequests(env, []);
      const open = async (url: string) => {
        const page = track(await env.browser.newPage());
        recorder.watch(page);
        await page.goto(url);
        return page;
      };
      // The recorders work: a page's own request to another host reaches the proxy and the driver.
      const control = await open(env.server.fixtureUrl('plain.html?control'));
      await control.evaluate(() => fetch('http://control.example/probe').catch(() => undefined));
      await pollUntil(() => proxy.seen.join(' '), (seen) => seen.includes('control.example'), { message: 'the control request at the proxy' });
      expect(recorder.urls.some((url) => url.includes('control.example')), 'the driver recorded the control request').toBe(true);
      await control.close();
      recorder.urls.length = 0;
      proxy.seen.length = 0;
      // Browsing: pages with mentions in several scripts, a quiet page, a near miss, a second site.
      const demo = await open(env.server.demoUrl('?privacy'));
      const tabId = await env.browser.tabIdFor(demo);
      await waitForFirstScan(env, demo, tabId);
      await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge !== '', { message: 'the demo badge' });
      const point = await demo.evaluate(firstMentionPoint, (await env.browser.highlightNames(tabId))[0] ?? '');
      expect(point, 'a highlighted mention to hover').not.toBeNull();
      // The two drivers' mouse APIs differ only in their types.
      if (demo.browserName === 'chromium') await demo.raw.mouse.move(point!.x, point!.y);
      else await demo.raw.mouse.move(point!.x, point!.y);
      // The card (and its quotations) must really open: hovering that opens nothing tests nothing.
      const shownCard = await openCard(env, tabId, 'a card after hovering a mention');
      expect(shownCard.quotes.length).toBeGreaterThan(0);
      const cardCopies = shownCard.buttons.length;
      expect(cardCopies, 'copy buttons on the card').toBeGreaterThanOrEqual(2);
      for (const url of [env.server.demoUrl('quiet.html'), env.server.fixtureUrl('near-miss-budget.html'), env.server.demoUrl('?other-site', 'site-b.test')]) {
        const page = await open(url);
        await waitForFirstScan(env, page, await env.browser.tabIdFor(page));
      }
      // Extension pages: the popup for the demo tab (copying a citation), the options and welcome pages.
      const popup = track(await env.browser.openPopup(tabId));
      recorder.watch(popup);
      await pollUntil(() => popup.evaluate(() => document.querySelectorAll('button').length), (n) => n > 0, { message: 'popup buttons' });
      const copies = await clickCopyButtons(popup);
      // The background's clipboard relay (offscreen document in Chrome, background page in Firefox).
      const copied = await popup.evaluate(() => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        return api.runtime.sendMessage({ type: 'copyCard', data: { termId: 'xinjiang' } });
      });
      for (const file of [env.browser.manifest.options_ui?.page, 'welcome.html'].filter(Boolean) as string[]) {
        const page = track(await env.browser.openExtensionPage(file));
        recorder.watch(page);
        await pollUntil(() => page.evaluate(() => document.body.innerText.trim().length), (n) => n > 0, { message: `${file} to render` });
        await clickCopyButtons(page);
      }
      // Let late requests (a lazily loaded chunk, an image) arrive before judging.
      await new Promise((resolve) => setTimeout(resolve, 500));

      console.info(`${env.name}: ${recorder.urls.length} requests recorded, ${copies} copy button(s) clicked, relay answered ${JSON.stringify(copied)}`);
      // The popup offers at least "Copy citation" and one "Copy quotation"; the relay really copied.
      expect(copies, 'copy buttons clicked in the popup').toBeGreaterThanOrEqual(2);
      expect(copied).toEqual({ ok: true });
      expect(recorder.urls.length, 'the recorder saw the pages load').toBeGreaterThan(5);
      expect(recorder.urls.filter((url) => !isLocal(url, env))).toEqual([]);
      const own = proxy.seen.filter((line) => BROWSER_SERVICES[env.name]!.test(line));
      if (own.length) console.info(`${env.name}: the browser's own service requests at the proxy: ${[...new Set(own)].join(', ')}`);
      expect(proxy.seen.filter((line) => !own.includes(line)), 'requests that left for another host (through the recording proxy)').toEqual([]);
    }, 60_000);
  },
  {
    // Every host but the local ones goes to the recording proxy (Firefox: the harness's proxy prefs, re-pointed).
    chromiumArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=*.test;127.0.0.1;localhost'],
    firefoxPrefs: { 'network.proxy.http_port': proxy.port, 'network.proxy.ssl_port': proxy.port },
  },
);
