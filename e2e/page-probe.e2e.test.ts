// Issue 23, item 2: a page probes for the extension's highlight styles, in every mode, as in the review
// (`getComputedStyle(el, '::highlight(cc-mention)')`). The old fixed names answer nothing anywhere; a document's
// random name is styled only while that frame shows highlights of ours, and the style is gone once the last
// mention goes, the extension pauses or the site is turned off. docs/what-a-page-can-see.md cites these tests.
import { expect } from 'vitest';
import { htmlPage, waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessFrame, type HarnessPage } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';

/** Every name the extension's static stylesheet used to style, in any look. */
const OLD_NAMES = ['cc-mention', 'cc-focus', ...['background', 'underline'].flatMap((s) => ['yellow', 'blue', 'green', 'pink'].map((c) => `cc-mention-${s}-${c}`))];
/** A name nobody registers or styles: what "no style" computes to in this browser. */
const NOBODY = 'nobodystyleshereatal';
const YELLOW = 'rgba(255, 200, 0, 0.32)';
const MENTIONS = '<p id="m">Reported from Xinjiang: Kashgar and a Uyghur poet.</p>';
const PLAIN = '<p>The river stone garden held a quiet window where morning light fell across old maps.</p>';

/** Page world: what the page computes for `::highlight(name)` of each name, and the registry's names. */
function probe(names: string[]): { styles: Record<string, string>; registered: string[] } {
  const styles: Record<string, string> = {};
  for (const name of names) {
    const cs = getComputedStyle(document.body, `::highlight(${name})`);
    styles[name] = [cs.backgroundColor, cs.color, cs.textDecorationLine, cs.textDecorationColor, cs.textDecorationThickness].join(' | ');
  }
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  return { styles, registered: registry ? [...registry.keys()] : [] };
}

/** Names of `names` whose computed highlight style differs from a name nobody styles: what the page can tell apart. */
async function styledNames(frame: HarnessFrame, names: string[]): Promise<{ styled: string[]; registered: string[]; probe: Record<string, string> }> {
  const { styles, registered } = await frame.evaluate(probe, [NOBODY, ...names]);
  return { styled: names.filter((n) => styles[n] !== styles[NOBODY]), registered, probe: styles };
}

/** Extension context: stored settings changed directly (as the options page or popup would). */
async function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const current = (await api.storage.local.get('settings')).settings ?? { version: 2 };
  await api.storage.local.set({ settings: { ...current, ...patch } });
}

async function openServed(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P, path: string, body: string, frames = 1) {
  env.server.setRoute(path, { body: htmlPage(path, body) });
  const page = track(await env.browser.newPage(env.server.url(path)));
  const tabId = await env.browser.tabIdFor(page);
  await waitForFirstScan(env, page, tabId, { frames });
  return { page, tabId };
}

/** The top frame's random mention highlight name, from its content script. */
async function ourName(env: BrowserEnv, tabId: number): Promise<string> {
  const [name] = await env.browser.highlightNames(tabId);
  expect(name).toMatch(/^[a-z]{20}$/);
  return name!;
}

forEachBrowser((env) => {
  itWithPages('on, with mentions: the old fixed names answer nothing; only the random name the registry lists is styled', async (track) => {
    const { page, tabId } = await openServed(env, track, '/probe/on.html', MENTIONS);
    const name = await ourName(env, tabId);
    await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length === 3, { message: 'three mentions highlighted' });
    const seen = await pollUntil(() => styledNames(page, [...OLD_NAMES, name]), (s) => s.styled.length > 0, { message: 'our styles inserted' });
    // The page can list the shared registry and probe what it finds: that is what it learns while mentions show.
    expect(seen.styled).toEqual([name]);
    expect(seen.registered).toEqual([name]);
    expect(seen.probe[name]!.startsWith(YELLOW)).toBe(true);
    // A second document of the same page gets a new name.
    await page.reload();
    await waitForFirstScan(env, page, tabId);
    const second = await ourName(env, tabId);
    expect(second).not.toBe(name);
    await pollUntil(() => styledNames(page, [...OLD_NAMES, name, second]), (s) => s.styled.join() === second, { message: 'only the new document’s name styled' });
  });

  itWithPages('on, without a mention: no name the page can try is styled, and the registry is empty', async (track) => {
    const { page, tabId } = await openServed(env, track, '/probe/plain.html', PLAIN);
    // The frame has the sentinel only (issue 27): no scanner, so no highlight name at all.
    expect(await env.browser.highlightNames(tabId)).toEqual(['']);
    await holdsFor(() => styledNames(page, OLD_NAMES), (s) => s.styled.length === 0 && s.registered.length === 0, { duration: 800, message: 'nothing styled, nothing registered' });
  });

  itWithPages('the styles go with the last mention, and come back with the next', async (track) => {
    const { page, tabId } = await openServed(env, track, '/probe/last.html', `${MENTIONS}<div id="more"></div>`);
    const name = await ourName(env, tabId);
    await pollUntil(() => styledNames(page, [name]), (s) => s.styled.length === 1, { message: 'our styles inserted' });
    await page.evaluate(() => document.getElementById('m')!.remove());
    await pollUntil(() => styledNames(page, [...OLD_NAMES, name]), (s) => s.styled.length === 0 && s.registered.length === 0, { message: 'the styles removed with the last mention' });
    await page.evaluate(() => document.getElementById('more')!.append('Later: Xinjiang and a Uyghur poet.'));
    await pollUntil(() => styledNames(page, [...OLD_NAMES, name]), (s) => s.styled.join() === name, { message: 'the styles back with a new mention' });
  });

  for (const mode of ['paused', 'site turned off'] as const) {
    itWithPages(`${mode}: the styles the page could probe are removed, and no old name answers`, async (track) => {
      const { page, tabId } = await openServed(env, track, `/probe/${mode === 'paused' ? 'paused' : 'site-off'}.html`, MENTIONS);
      const name = await ourName(env, tabId);
      await pollUntil(() => styledNames(page, [name]), (s) => s.styled.length === 1, { message: 'our styles inserted' });
      try {
        // 127.0.0.1 is the test server's site.
        await env.browser.evaluateInExtension(patchSettings, mode === 'paused' ? { paused: true } : { disabledSites: ['127.0.0.1'] });
        await page.bringToFront();
        await pollUntil(() => styledNames(page, [...OLD_NAMES, name]), (s) => s.styled.length === 0 && s.registered.length === 0, { message: `no style left once ${mode}` });
        await holdsFor(() => styledNames(page, [...OLD_NAMES, name]), (s) => s.styled.length === 0, { duration: 600, message: `still none while ${mode}` });
      } finally {
        await env.browser.evaluateInExtension(patchSettings, { paused: false, disabledSites: [] });
      }
      // Back on: the same document's name is styled again.
      await pollUntil(() => styledNames(page, [name]), (s) => s.styled.length === 1, { message: 'styles back when on again' });
    }, 30_000);
  }

  itWithPages('quiet mode: a page with mentions sees no style and no highlight until the reader asks', async (track) => {
    await env.browser.evaluateInExtension(patchSettings, { quietMode: true });
    try {
      // The background unregisters the content script when quiet mode is stored.
      await new Promise((resolve) => setTimeout(resolve, 500));
      env.server.setRoute('/probe/quiet.html', { body: htmlPage('quiet', MENTIONS) });
      const page = track(await env.browser.newPage(env.server.url('/probe/quiet.html')));
      const tabId = await env.browser.tabIdFor(page);
      await page.bringToFront();
      await holdsFor(() => styledNames(page, OLD_NAMES), (s) => s.styled.length === 0 && s.registered.length === 0, { duration: 1000, message: 'nothing styled or registered' });
      expect(await env.browser.highlightNames(tabId)).toEqual([]);
    } finally {
      await env.browser.evaluateInExtension(patchSettings, { quietMode: false });
    }
  }, 30_000);

  itWithPages('cross-origin frames: only a frame with mentions styles its own name, in that frame; the page and a frame without mentions see nothing', async (track) => {
    env.server.setRoute('/probe/frame-on.html', { body: htmlPage('frame on', MENTIONS) });
    env.server.setRoute('/probe/frame-off.html', { body: htmlPage('frame off', PLAIN) });
    const on = env.server.url('/probe/frame-on.html', 'site-b.test');
    const off = env.server.url('/probe/frame-off.html', 'site-c.test');
    const { page, tabId } = await openServed(env, track, '/probe/frames.html', `${PLAIN}<iframe src="${on}"></iframe><iframe src="${off}"></iframe>`, 3);
    // Three frames run our script; only the one with mentions has the scanner, and so a name (issue 27).
    const all = await env.browser.highlightNames(tabId, true);
    expect(all).toHaveLength(3);
    const names = all.filter((n) => n !== '');
    expect(names).toHaveLength(1);
    const frame = (url: string) => page.frames().find((f) => f.url() === url)!;
    // The styles go in first and the ranges a frame later (content/highlighter.ts): wait for both.
    const framed = await pollUntil(() => styledNames(frame(on), [...OLD_NAMES, ...names]), (s) => s.styled.length > 0 && s.registered.length > 0, { message: 'the frame with mentions styled and highlighted' });
    // The one name styled is the one that frame registered: its own.
    expect(framed.styled).toHaveLength(1);
    expect(framed.registered).toEqual(framed.styled);
    for (const [where, f] of [['top', page], ['frame without mentions', frame(off)]] as const) {
      const seen = await styledNames(f, [...OLD_NAMES, ...names]);
      expect(seen.styled, where).toEqual([]);
      expect(seen.registered, where).toEqual([]);
    }
  }, 30_000);
});
