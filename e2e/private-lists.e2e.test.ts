// Issue 23, "What frames can learn": the lists that reveal the reader's browsing (disabled sites, muted
// terms) are not in storage.local, which a content script (so a compromised renderer) can read; a frame
// learns its own site's entries only, and hears of a change by message.
import { expect } from 'vitest';
import { waitForFirstScan } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

const SECRET_SITE = 'secret-clinic.example';

/** Extension context: the top frame's mention counts by term. */
async function countsIn(tabId: number): Promise<Record<string, number>> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const mentions = await api.tabs.sendMessage(tabId, { type: 'getMentions', data: {} }, { frameId: 0 });
  return mentions?.counts ?? {};
}

/** Extension context: what the content scripts' world of a tab can read and ask (serialised into the frame). */
async function whatTheContentWorldSees(tabId: number) {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const [result] = await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: async () => {
      const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
      const local = await ext.storage.local.get(null);
      let session: unknown = 'not available';
      try {
        session = ext.storage.session ? await ext.storage.session.get(null) : 'not available';
      } catch (e) {
        session = `refused: ${String(e).slice(0, 80)}`;
      }
      const all = await ext.runtime.sendMessage({ type: 'getAllSettings', data: {} });
      const own = await ext.runtime.sendMessage({ type: 'getSettings', data: {} });
      return JSON.stringify({ local, session, all, own });
    },
  });
  return JSON.parse(result.result) as { local: Record<string, any>; session: unknown; all: unknown; own: { settings: { disabledSites: string[]; mutedTerms: Record<string, string[]> } } };
}

/** Extension page: a settings change through the typed message, as the options page sends it. */
function changeSettings(change: Record<string, unknown>) {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage({ type: 'changeSettings', data: { change } });
}

forEachBrowser((env) => {
  itWithPages('keeps disabled sites and muted terms out of what a content script can read', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?private-lists')));
    const tabId = await env.browser.tabIdFor(page);
    await waitForFirstScan(env, page, tabId);
    const site = new URL(page.url()).hostname;
    const counts = await pollUntil(() => env.browser.evaluateInExtension(countsIn, tabId), (c) => Object.keys(c).length > 1, { message: 'mentions of two terms' });
    const termId = Object.keys(counts).sort()[0]!;

    const options = track(await env.browser.openOptions());
    await pollUntil(() => options.evaluate(() => document.querySelector('#options-site-input') !== null), (up) => up, { message: 'the options page' });
    try {
      // Turn a site off through the options page, and mute a term on this page's site by message.
      await options.evaluate((host) => {
        const input = document.querySelector<HTMLInputElement>('#options-site-input')!;
        input.value = host;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, SECRET_SITE);
      await options.click('#options-site-input ~ button[type="submit"]');
      await options.evaluate(changeSettings, { mutedTerms: { [site]: [termId] }, hoverDelayMs: 450 });
      const stored = await pollUntil(() => env.browser.evaluateInExtension(storedSettingsWithLists), (s) => !!s?.disabledSites.includes(SECRET_SITE) && !!s?.mutedTerms[site], { message: 'both lists stored' });
      expect(stored?.mutedTerms).toEqual({ [site]: [termId] });

      // The frame heard of the mute by message (storage.local did not change): the term's mentions are gone.
      await page.bringToFront();
      await pollUntil(() => env.browser.evaluateInExtension(countsIn, tabId), (c) => !c[termId], { message: `${termId} muted without a reload` });

      const seen = await env.browser.evaluateInExtension(whatTheContentWorldSees, tabId);
      // The look stays readable there (so this read is not empty by accident).
      expect(seen.local.settings?.hoverDelayMs, 'the content world reads storage.local').toBe(450);
      const readable = JSON.stringify([seen.local, seen.session]);
      expect(readable).not.toContain(SECRET_SITE);
      expect(readable).not.toContain(termId);
      expect(readable).not.toMatch(/disabledSites|mutedTerms/);
      // Nor which site each frame is on (the background's registry of frames, in session storage).
      expect(readable).not.toContain('settingsFrames');
      // Asking the background: the whole settings are refused, the frame's own site's entries given.
      expect(seen.all).toEqual({ settings: null });
      expect(seen.own.settings.disabledSites).toEqual([]);
      expect(seen.own.settings.mutedTerms).toEqual({ [site]: [termId] });
    } finally {
      await options.evaluate(changeSettings, { disabledSites: [], mutedTerms: {}, hoverDelayMs: 400 });
    }
    await page.bringToFront();
    await pollUntil(() => env.browser.evaluateInExtension(countsIn, tabId), (c) => (c[termId] ?? 0) > 0, { message: `${termId} back after unmuting` });
  }, 60_000);
});
