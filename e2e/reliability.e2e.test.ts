// Issue 9, reliability: huge and hostile pages end to end. A 10 MB page, 100,000 text nodes, 50,000
// mentions (capped at 5000, badge "5k+", a window of them registered), a storm of 5000 mutations followed exactly, 5000 levels of
// nesting, open shadow roots, same- and cross-origin frames, editors left alone, and an extension reload.
import { describe, expect } from 'vitest';
import { DRAW_MAX } from '../content/drawn-window.ts';
import { contentStates, htmlPage, waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';

const FILLER = 'The river stone garden held a quiet window where morning light fell across old books and maps of distant harbours.';

/** Page world: texts of the mention highlight's ranges, shadow roots included (no cross-root sorting). */
function allHighlightTexts(name: string): string[] {
  const out: string[] = [];
  for (const r of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    out.push(range.toString());
  }
  return out;
}

/** Opens `path` on the test server after serving `html` there; returns the page and its tab. */
async function openServed(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P, path: string, html: string) {
  env.server.setRoute(path, { body: html });
  const page = track(await env.browser.newPage(env.server.url(path)));
  return { page, tabId: await env.browser.tabIdFor(page) };
}

/** The tab's mention highlight name (random per document), from its content script. */
const ourName = async (env: BrowserEnv, tabId: number) => (await env.browser.highlightNames(tabId))[0] ?? '';

/** Waits until the highlight has `count` ranges and the badge says `badge`. */
function expectShown(env: BrowserEnv, page: HarnessPage, tabId: number, count: number, badge = String(count), timeout = 5000) {
  return pollUntil(
    async () => ({ count: (await page.evaluate(allHighlightTexts, await ourName(env, tabId))).length, badge: await env.browser.badgeText(tabId) }),
    (v) => v.count === count && v.badge === badge,
    { timeout, message: `${count} highlights and badge "${badge}"` },
  );
}

forEachBrowser((env) => {
  itWithPages('scans a 10 MB page and highlights its few mentions', async (track) => {
    const paragraph = `<p>${FILLER} ${FILLER} ${FILLER}</p>\n`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const p = i % 2000 === 1000 ? `<p>${FILLER} News from Xinjiang today.</p>\n` : paragraph;
      parts.push(p);
      size += p.length;
    }
    const mentions = parts.filter((p) => p.includes('Xinjiang')).length;
    const { page, tabId } = await openServed(env, track, '/big/10mb.html', htmlPage('10 MB', parts.join('')));
    const [state] = await waitForFirstScan(env, page, tabId, { timeout: 30_000 });
    await expectShown(env, page, tabId, mentions);
    console.info(`${env.name} 10 MB page: ${mentions} mentions, first scan ${state!.workMs.toFixed(0)} ms of work, longest slice ${state!.longestSliceMs.toFixed(1)} ms`);
  }, 60_000);

  itWithPages('scans 100,000 text nodes', async (track) => {
    // 100,000 inline elements in 1000 paragraphs, each element one text node, plus 40 mentions.
    const paragraphs: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const words = Array.from({ length: 100 }, (_, j) => (j === 50 && i % 25 === 0 ? '<b>Uyghur </b>' : `<i>w${j} </i>`));
      paragraphs.push(`<p>${words.join('')}</p>`);
    }
    const { page, tabId } = await openServed(env, track, '/big/100k-nodes.html', htmlPage('100k nodes', paragraphs.join('\n')));
    const nodes = await page.evaluate(() => {
      let n = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) n++;
      return n;
    });
    expect(nodes).toBeGreaterThanOrEqual(100_000);
    await waitForFirstScan(env, page, tabId, { timeout: 20_000 });
    await expectShown(env, page, tabId, 40);
  }, 45_000);

  itWithPages('caps 50,000 mentions at 5000 counted ("5k+"), registers at most a window of them near the viewport, and moves it as the reader scrolls', async (track) => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `<p id="p${i}">Xinjiang Uyghur Kashgar Xinjiang Uyghur Kashgar Xinjiang Uyghur Kashgar Xinjiang</p>`);
    const { page, tabId } = await openServed(env, track, '/big/50k-mentions.html', htmlPage('50k mentions', paragraphs.join('\n')));
    await waitForFirstScan(env, page, tabId, { timeout: 20_000 });
    /** Page world: how many ranges are registered, and the paragraphs they are in. */
    const drawn = () => page.evaluate(() => {
      const at = new Set<number>();
      let ranges = 0;
      for (const h of (CSS.highlights as unknown as Map<string, Iterable<AbstractRange>>).values()) {
        for (const r of h) {
          ranges++;
          at.add(Number((r.startContainer.parentNode as Element).id.slice(1)));
        }
      }
      return { ranges, paragraphs: [...at].sort((a, b) => a - b) };
    });
    const top = await pollUntil(async () => ({ ...(await drawn()), badge: await env.browser.badgeText(tabId) }), (v) => v.badge === '5k+' && v.paragraphs.includes(0), {
      timeout: 10_000,
      message: 'badge "5k+" and the first paragraph highlighted',
    });
    expect(top.ranges).toBeLessThanOrEqual(DRAW_MAX);
    expect(top.paragraphs.at(-1)).toBeLessThan(400);
    // Paragraph 300 (of the 500 the cap keeps) at the top of the viewport: the window follows.
    await page.evaluate(() => document.getElementById('p300')!.scrollIntoView({ block: 'start' }));
    const moved = await pollUntil(drawn, (v) => v.paragraphs.includes(300) && !v.paragraphs.includes(0), { timeout: 5000, message: 'the window to follow the scroll' });
    expect(moved.ranges).toBeLessThanOrEqual(DRAW_MAX);
    expect(await env.browser.badgeText(tabId)).toBe('5k+');
  }, 45_000);

  // Counts, not clocks: how much of the main thread the storm costs is the benchmark's to measure
  // (a 2-core machine shared with other work makes a time share flaky here); this checks that the
  // script kept up and registered exactly the ranges the page holds at the end, none stale.
  itWithPages('follows a storm of 5000 mutations (about 1000 a second) and ends with exactly the ranges the page holds', async (track) => {
    const { page, tabId } = await openServed(env, track, '/storm.html', htmlPage('Storm', '<p>Live blog about Xinjiang.</p><div id="feed"></div><p id="ticker">0</p>'));
    await waitForFirstScan(env, page, tabId);
    const [before] = await contentStates(env, tabId);
    const storm = await page.evaluate(async () => {
      const feed = document.getElementById('feed')!;
      const ticker = document.getElementById('ticker')!.firstChild as Text;
      let mutations = 0;
      const start = performance.now();
      // 5000 mutations in bursts of 5 every few ms (about 1000 a second): appends (one in five with a
      // mention), text changes and removals, as a live page does.
      while (mutations < 5000) {
        for (let burst = 0; burst < 5; burst++) {
          const kind = mutations % 10;
          if (kind < 5) {
            const p = document.createElement('p');
            p.textContent = kind === 0 ? `Update ${mutations}: Uyghur families in Kashgar.` : `Update ${mutations}: markets, weather and sport.`;
            feed.append(p);
          } else if (kind < 9 || feed.childElementCount <= 200) ticker.data = String(mutations);
          else feed.firstElementChild!.remove();
          mutations++;
        }
        await new Promise((resolve) => setTimeout(resolve, 4));
      }
      return { mutations, ms: performance.now() - start };
    });
    const [after] = await contentStates(env, tabId);
    const share = (after!.workMs - before!.workMs) / storm.ms;
    // Information only (the benchmark measures this): the time share of the extension's work.
    console.info(`${env.name} storm: ${storm.mutations} mutations in ${storm.ms.toFixed(0)} ms (${Math.round((storm.mutations / storm.ms) * 1000)}/s); extension work ${(after!.workMs - before!.workMs).toFixed(0)} ms = ${(share * 100).toFixed(1)}% of the main thread; longest slice ${after!.longestSliceMs.toFixed(1)} ms`);
    expect(storm.mutations).toBe(5000);
    // The storm removed paragraphs as it went: the feed ends with 200 or so, some with mentions.
    const expected = await page.evaluate(() => 1 + [...document.querySelectorAll('#feed p')].filter((p) => p.textContent!.includes('Uyghur')).length * 2);
    expect(expected).toBeGreaterThan(1);
    // Every mention counted; all registered up to DRAW_MAX, past it (a slow machine slows the storm's
    // removals) those in or near the viewport.
    if (expected <= DRAW_MAX) await expectShown(env, page, tabId, expected);
    else {
      await pollUntil(
        async () => ({ count: (await page.evaluate(allHighlightTexts, await ourName(env, tabId))).length, badge: await env.browser.badgeText(tabId) }),
        (v) => v.badge === String(expected) && v.count > 0 && v.count <= DRAW_MAX,
        { timeout: 5000, message: `badge "${expected}" and at most ${DRAW_MAX} highlights` },
      );
    }
    // Exactly the mentions in the page now: every range in the document and on a mention, none left on a removed paragraph.
    const ranges = await page.evaluate((name: string) =>
      [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)].map((r) => ({
        connected: r.startContainer.isConnected,
        text: r.startContainer.textContent?.slice(r.startOffset, r.endOffset) ?? '',
      })),
    await ourName(env, tabId));
    expect(ranges.filter((r) => !r.connected)).toEqual([]);
    expect(new Set(ranges.map((r) => r.text))).toEqual(new Set(['Xinjiang', 'Uyghur', 'Kashgar']));
  }, 60_000); // a count, not a clock: on a busy machine the 5000 mutations can take several times 5 s

  itWithPages('finds a mention 5000 elements deep', async (track) => {
    const { page, tabId } = await openServed(env, track, '/deep.html', htmlPage('Deep', '<div id="root"></div>'));
    // The HTML parser caps nesting depth, so the page builds it. Inline elements: Chromium's renderer
    // itself crashes on about 1000 nested blocks (seen without the extension), and Firefox stops
    // rendering deep blocks (hidden text, rightly not counted).
    await page.evaluate(() => {
      let parent: Element = document.getElementById('root')!;
      for (let i = 0; i < 5000; i++) parent = parent.appendChild(document.createElement(i % 2 ? 'em' : 'span'));
      parent.textContent = 'At the bottom: Xinjiang.';
      parent.id = 'deepest';
      // Lay the tree out now, as a rendering page would: Firefox may otherwise still be building frames
      // when the scan asks whether the text is visible (a known gap: visibility is judged once, at scan time).
      void parent.getBoundingClientRect();
    });
    await waitForFirstScan(env, page, tabId);
    // Firefox may decline to lay out text this deep; then the reader cannot see it and it must not be
    // counted. Whatever the browser decides, the badge and the highlight follow it.
    const rendered = await page.evaluate(() => {
      const el = document.getElementById('deepest')!;
      return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : el.getClientRects().length > 0;
    });
    if (env.name === 'chromium') expect(rendered).toBe(true);
    // A tab in the background scans its changes once shown (the first-run tab may have opened over it).
    await page.bringToFront();
    if (rendered) await expectShown(env, page, tabId, 1, '1', 10_000);
    else await holdsFor(async () => (await page.evaluate(allHighlightTexts, await ourName(env, tabId))).length, (n) => n === 0, { duration: 800, message: 'no highlight for text the browser does not render' });
  }, 30_000);

  itWithPages('highlights inside open shadow roots, including one attached later', async (track) => {
    // One shadow root from the parser (declarative shadow DOM), one from a custom-element-like host
    // inserted later: a host is found when it enters the document, as MutationObserver reports it.
    const body = '<div id="a"><template shadowrootmode="open"><p>In a shadow root: Kashgar.</p></template></div><p>Light DOM: Xinjiang.</p>';
    const { page, tabId } = await openServed(env, track, '/shadow.html', htmlPage('Shadow', body));
    expect(await page.evaluate(() => document.getElementById('a')!.shadowRoot !== null), 'declarative shadow DOM').toBe(true);
    await waitForFirstScan(env, page, tabId);
    await expectShown(env, page, tabId, 2);
    await page.evaluate(() => {
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      const p = document.createElement('p');
      p.textContent = 'Attached later: a Uyghur poet.';
      root.append(p);
      document.body.append(host);
    });
    await expectShown(env, page, tabId, 3);
    // Text added inside a shadow root that is already known is watched too.
    await page.evaluate(() => document.getElementById('a')!.shadowRoot!.append('Later in the root: Xinjiang.'));
    await expectShown(env, page, tabId, 4);
    expect((await page.evaluate(allHighlightTexts, await ourName(env, tabId))).sort()).toEqual(['Kashgar', 'Uyghur', 'Xinjiang', 'Xinjiang']);
  });

  itWithPages('sums mentions of same- and cross-origin frames; a strong term in a frame does not enable weak ones on top', async (track) => {
    env.server.setRoute('/frames/same.html', { body: htmlPage('same', '<p>Same-origin frame: Kashgar.</p>') });
    env.server.setRoute('/frames/cross.html', { body: htmlPage('cross', '<p>Cross-origin frame: Xinjiang and Uyghur.</p>') });
    const cross = env.server.url('/frames/cross.html', 'site-b.test');
    // Only weak terms on top: relevance never crosses frames (docs/relevance.md), so they stay dark.
    const top = htmlPage('frames', `<p>Jeremy Hunt spoke to Lu Kang.</p><iframe src="/frames/same.html"></iframe><iframe src="${cross}"></iframe>`);
    const { page, tabId } = await openServed(env, track, '/frames/top.html', top);
    await waitForFirstScan(env, page, tabId, { frames: 3 });
    const texts = await pollUntil(() => env.browser.highlightTexts(page, { allFrames: true }), (t) => t.length === 3, { message: 'three highlights in two frames' });
    expect(texts.sort()).toEqual(['Kashgar', 'Uyghur', 'Xinjiang']);
    // Both frames count: one is of the page's site, the other (300×150, in view) can be read.
    await pollUntil(() => env.browser.badgeText(tabId), (badge) => badge === '3', { message: 'badge 3 (all frames)' });
    await holdsFor(() => env.browser.highlightTexts(page, { allFrames: true }), (t) => t.length === 3, { message: 'the weak terms on top stay dark' });
  });

  itWithPages('leaves contenteditable regions and text areas untouched and unhighlighted', async (track) => {
    const body = `<p>Outside: Xinjiang.</p><div id="editor" contenteditable="true"><p>Draft about Uyghur and Kashgar</p></div>
      <textarea id="area">Notes on Xinjiang</textarea><input id="field" value="Kashgar">`;
    const { page, tabId } = await openServed(env, track, '/editors.html', htmlPage('Editors', body));
    await page.evaluate(() => {
      (window as any).editorMutations = 0;
      new MutationObserver((r) => ((window as any).editorMutations += r.length)).observe(document.getElementById('editor')!, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await waitForFirstScan(env, page, tabId);
    await expectShown(env, page, tabId, 1);
    // Typing into the editor (the page's own change) is not followed by anything from us.
    await page.click('#editor p');
    await page.press('End');
    // The two drivers' keyboards differ only in their types.
    if (page.browserName === 'chromium') await page.raw.keyboard.type(' Xinjiang');
    else await page.raw.keyboard.type(' Xinjiang');
    const typed = await page.evaluate(() => ({ text: document.getElementById('editor')!.textContent, mutations: (window as any).editorMutations as number }));
    expect(typed.text).toContain('Kashgar Xinjiang');
    await holdsFor(
      async () => ({ texts: await page.evaluate(allHighlightTexts, await ourName(env, tabId)), mutations: await page.evaluate(() => (window as any).editorMutations as number) }),
      (v) => v.texts.length === 1 && v.mutations === typed.mutations,
      { duration: 600, message: 'one highlight outside the editor and no mutation after typing' },
    );
  });
});

// Chromium: chrome.runtime.reload() leaves an extension loaded with --load-extension disabled in this
// Chromium (its pages then fail with ERR_BLOCKED_BY_CLIENT), and CDP Extensions.loadUnpacked needs a
// browser-level session that launchPersistentContext does not offer, so the reload is tested in Firefox.
// Firefox reloads a temporarily installed add-on with runtime.reload() and keeps its pinned UUID, so the
// reload can be tested there for real: the old content script is gone, the new one takes over the page.
describe('extension reload in Firefox', () => forEachBrowser((env) => {
  itWithPages('after an extension reload shows one highlight with the same count, and changes are handled once', async (track) => {
    const { page, tabId } = await openServed(env, track, '/reload-ff.html', htmlPage('Reload', '<p>Xinjiang, Kashgar and a Uyghur poet.</p><div id="more"></div>'));
    await waitForFirstScan(env, page, tabId);
    await expectShown(env, page, tabId, 3);
    const oldName = await ourName(env, tabId);
    await page.evaluate((name: string) => ((window as any).oldHighlight = CSS.highlights.get(name)), oldName);
    await env.browser.evaluateInExtension(() => void ((globalThis as any).browser.runtime.reload())).catch(() => undefined);
    // The new instance injects itself into open tabs (onInstalled, reason "update") and registers its own entry.
    await page.bringToFront();
    // The reload closed the extension page the harness reads the badge and names through; wait until it has a new one.
    await pollUntil(() => env.browser.evaluateInExtension(() => 1).catch(() => 0), (v) => v === 1, { timeout: 15_000, message: 'an extension page after the reload' });
    // That page opened in front; a hidden tab waits to be shown before it scans.
    await page.bringToFront();
    // The new instance's names are the old one's (derived from the document, background/highlight-names.ts): its
    // entry replaces the old instance's under the same name.
    const name = await pollUntil(
      () => page.evaluate(() => [...CSS.highlights.entries()].find(([, h]) => h !== (window as any).oldHighlight)?.[0] ?? ''),
      (n) => n !== '',
      { timeout: 15_000, message: 'the new content script to take over the highlight' },
    );
    expect(name).toBe(oldName);
    await expectShown(env, page, tabId, 3);
    // One entry, the new instance's, follows the page's changes.
    await page.evaluate((n: string) => ((window as any).newHighlight = CSS.highlights.get(n)), name);
    // Asking the content script for its name went through an extension page, which may have come to the front:
    // the page must be shown again for its scanner to look at the change (hidden tabs wait).
    await page.bringToFront();
    await page.evaluate(() => document.getElementById('more')!.append('Later: Xinjiang again.'));
    await pollUntil(
      async () => ({ count: (await page.evaluate(allHighlightTexts, name)).length, badge: await env.browser.badgeText(tabId) }),
      (v) => v.count === 4 && v.badge === '4',
      { timeout: 5000, message: '4 highlights and badge "4"' },
    );
    await holdsFor(
      () => page.evaluate((n: string) => ({ same: CSS.highlights.get(n) === (window as any).newHighlight, size: CSS.highlights.get(n)?.size, names: CSS.highlights.size }), name),
      (v) => v.same && v.size === 4 && v.names === 1,
      { duration: 800, message: 'one highlight, ours, with four ranges' },
    );
  }, 40_000);
}, { only: ['firefox'], onlyBecause: 'Chromium disables an extension loaded with --load-extension on runtime.reload() (see above)' }));
