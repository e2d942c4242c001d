// Issue 23, item 8: quiet mode scans the current tab once, when the popup opens; afterwards nothing new is
// scanned (a mention the page adds later is not highlighted), while what that scan found stays drawn.
import { expect } from 'vitest';
import { forEachBrowser, itWithPagesIn } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { readPopup } from './popup-support.ts';

/** Extension context: stored settings changed directly (as the options page would). */
async function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const current = (await api.storage.local.get('settings')).settings ?? { version: 2 };
  await api.storage.local.set({ settings: { ...current, ...patch } });
}

// In Firefox the harness opens the popup as a tab that hides the page, and the hidden page's one scan finds
// nothing visible (the same before this change); a real popup floats over the page. Chromium covers it.
const hiddenPage = "the popup opened as a tab hides the page, whose one scan then finds nothing visible";

forEachBrowser((env) => {
  itWithPagesIn(env, ['chromium'], hiddenPage, 'scans once when the popup opens and not again when the page changes', async (track) => {
    await env.browser.evaluateInExtension(patchSettings, { quietMode: true });
    try {
      // The background unregisters the content script when quiet mode is stored.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const page = track(await env.browser.newPage(env.server.demoUrl('?quiet-once')));
      const tabId = await env.browser.tabIdFor(page);
      await page.bringToFront();
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(await env.browser.highlightTexts(page), 'nothing drawn before the popup opens').toEqual([]);

      const popup = track(await env.browser.openPopup(tabId));
      await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'mentions', { message: 'the popup to show the one scan', timeout: 8000 });
      await page.bringToFront();
      const first = await pollUntil(() => env.browser.highlightTexts(page), (h) => h.length > 0, { message: 'highlights from the one scan' });

      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Appended later: Urumqi and the Uyghur detention camps in Xinjiang.';
        document.body.append(p);
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const after = await env.browser.highlightTexts(page);
      expect(after.length, 'no new highlight after the scan').toBe(first.length);
      expect(after.filter((text) => text === 'Urumqi')).toEqual(first.filter((text) => text === 'Urumqi'));
    } finally {
      await env.browser.evaluateInExtension(patchSettings, { quietMode: false });
    }
  }, 40_000);
});
