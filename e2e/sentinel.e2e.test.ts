// Issue 27 (heap-kb-idle): every page gets the sentinel only; the scanner (mentions.js) is injected into a
// frame once its text passes the strong terms' pre-check, at load or later; a paused page gets neither.
import { expect } from 'vitest';
import { contentStates, htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

/** Extension context: which of our scripts run in each frame of a tab (the marks they leave in the isolated world). */
async function scriptsIn({ tabId }: { tabId: number }): Promise<{ sentinel: boolean; scanner: boolean }[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const results: { result?: { sentinel: boolean; scanner: boolean } }[] = await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: () => ({ sentinel: !!(globalThis as any)[Symbol.for('context-cards.sentinel')], scanner: !!(globalThis as any)[Symbol.for('context-cards.running')] }),
  });
  return results.map((r) => r.result ?? { sentinel: false, scanner: false });
}

/** Extension context: stored settings changed directly (as the options page would). */
async function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const current = (await api.storage.local.get('settings')).settings ?? { version: 2 };
  await api.storage.local.set({ settings: { ...current, ...patch } });
}

const QUIET = htmlPage('Soup', '<main><h1>Soup</h1><p>A page about soup, bread and the weather in spring.</p></main>');
const TOPIC = htmlPage('News', '<main><h1>News</h1><p>Reports from Xinjiang describe the camps where Uyghurs are held.</p></main>');
const LATER = htmlPage(
  'Feed',
  `<main id="feed"><p>A page about soup.</p></main><script>setTimeout(() => { const p = document.createElement('p'); p.textContent = 'Appended: news from Xinjiang.'; document.getElementById('feed').append(p); }, 1000);</script>`,
);

const open = async (env: BrowserEnv, track: Parameters<Parameters<typeof itWithPages>[1]>[0], path: string, body: string) => {
  env.server.setRoute(path, { body });
  const page = track(await env.browser.newPage(env.server.url(path)));
  const tabId = await env.browser.tabIdFor(page);
  await page.bringToFront();
  return { page, tabId };
};

forEachBrowser((env) => {
  itWithPages('gives a page without a mention the sentinel only: no scanner, nothing drawn', async (track) => {
    const { page, tabId } = await open(env, track, '/sentinel-quiet.html', QUIET);
    // The sentinel's handle says ready once its first walk is done and nothing passed.
    await pollUntil(() => contentStates(env, tabId), (s) => s[0]!.running && s[0]!.ready, { message: 'the sentinel’s first walk' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await env.browser.evaluateInExtension(scriptsIn, { tabId })).toEqual([{ sentinel: true, scanner: false }]);
    expect(await env.browser.highlightTexts(page)).toEqual([]);
  });

  itWithPages('injects the scanner into a page with a mention, which then draws it', async (track) => {
    const { page, tabId } = await open(env, track, '/sentinel-topic.html', TOPIC);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 2, { message: 'the mentions highlighted' });
    expect(texts).toEqual(expect.arrayContaining(['Xinjiang', 'Uyghurs']));
    expect(await env.browser.evaluateInExtension(scriptsIn, { tabId })).toEqual([{ sentinel: true, scanner: true }]);
  });

  itWithPages('injects the scanner when the page appends a mention a second after it loaded', async (track) => {
    const { page, tabId } = await open(env, track, '/sentinel-later.html', LATER);
    await pollUntil(() => contentStates(env, tabId), (s) => s[0]!.running && s[0]!.ready, { message: 'the sentinel’s first walk' });
    // Before the page appends its mention (a slow start can see it appended already), nothing is drawn.
    if (!(await page.evaluate(() => document.querySelectorAll('p').length > 1))) expect(await env.browser.highlightTexts(page)).toEqual([]);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 1, { message: 'the appended mention highlighted', timeout: 8000 });
    expect(texts).toEqual(['Xinjiang']);
    expect(await env.browser.evaluateInExtension(scriptsIn, { tabId })).toEqual([{ sentinel: true, scanner: true }]);
  });

  itWithPages('gives a paused page neither the scanner nor highlights', async (track) => {
    await env.browser.evaluateInExtension(patchSettings, { paused: true });
    try {
      const { page, tabId } = await open(env, track, '/sentinel-paused.html', TOPIC);
      await pollUntil(() => contentStates(env, tabId), (s) => s[0]!.running && s[0]!.ready, { message: 'the sentinel settled' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await env.browser.evaluateInExtension(scriptsIn, { tabId })).toEqual([{ sentinel: true, scanner: false }]);
      expect(await env.browser.highlightTexts(page)).toEqual([]);
    } finally {
      await env.browser.evaluateInExtension(patchSettings, { paused: false });
    }
  });
});
