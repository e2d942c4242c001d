import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { forEachBrowser, itWithPages, itWithPagesIn, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { axeViolations, fullScreenshot, readPopup } from './popup-support.ts';

import { SHOTS } from './harness/paths.ts';
mkdirSync(SHOTS, { recursive: true });

/** Extension context: the content script's registration, removed or restored (for "needs a reload"). */
async function setRegistration(register: boolean): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const ids = ['mentions'];
  const existing = await api.scripting.getRegisteredContentScripts({ ids });
  if (!register && existing.length) await api.scripting.unregisterContentScripts({ ids });
  if (register && !existing.length) {
    await api.scripting.registerContentScripts([
      { id: 'mentions', js: ['/sentinel.js'], matches: ['<all_urls>'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
}

/** Extension context: stored settings changed directly (as the options page would). */
async function patchSettings(patch: Record<string, unknown>): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const current = (await api.storage.local.get('settings')).settings ?? { version: 2 };
  await api.storage.local.set({ settings: { ...current, ...patch } });
}

async function openFor(env: BrowserEnv, url: string, track: <P extends HarnessPage>(p: P) => P) {
  const page = track(await env.browser.newPage(url));
  const tabId = await env.browser.tabIdFor(page);
  // A freshly installed extension opens its first-run tab, which can land in front of this page; a tab in
  // the background is scanned once it is shown, so show it.
  await page.bringToFront();
  return { page, tabId };
}

const popupState = async (env: BrowserEnv, tabId: number, track: <P extends HarnessPage>(p: P) => P, want: string) => {
  // The popup opens as a tab here, hiding the page: let the page finish its scan first.
  if (want === 'mentions') await pollUntil(() => env.browser.badgeText(tabId), (b) => b !== '', { message: 'the page badge before the popup opens' });
  const popup = track(await env.browser.openPopup(tabId));
  const shown = await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === want, { message: `the popup state "${want}"`, timeout: 8000 });
  // Summary, quotations, timeline and settings are sections the reader opens: open them, as a reader would.
  await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  return { popup, shown };
};

forEachBrowser((env) => {
  itWithPages('shows summary, quotations, timeline and the demo page counts for a given tab', async (track) => {
    const { tabId } = await openFor(env, env.server.demoUrl('?popup-render'), track);
    // The badge grows while the page's regions are judged (weak terms wait for the detention words): read it
    // once it has stopped changing for a second.
    let last = '';
    let since = Date.now();
    const badge = await pollUntil(
      async () => {
        const b = await env.browser.badgeText(tabId);
        if (b !== last) [last, since] = [b, Date.now()];
        return b !== '' && Date.now() - since >= 1000 ? b : '';
      },
      (b) => b !== '',
      { timeout: 15_000, interval: 100, message: 'the demo badge, settled' },
    );
    const { popup } = await popupState(env, tabId, track, 'mentions');
    const shown = await pollUntil(() => popup.evaluate(readPopup), (s) => Object.values(s.counts).reduce((a, b) => a + b, 0) === Number(badge), {
      message: 'the popup counts to add up to the badge',
    });
    expect(shown.heading).toBe('Xinjiang and the detention of Uyghurs');
    expect(shown.counts.xinjiang).toBeGreaterThan(0);
    expect(shown.h2).toEqual(expect.arrayContaining(['Summary', 'Key quotations', 'Timeline', 'On this page', 'Cite this source']));
    expect(shown.quotes).toBeGreaterThan(0);
    expect(shown.timelineMarks).toBe(10);
    expect(shown.approxMarks).toBeGreaterThan(0);
    expect(shown.preview).toContain('broadly accurate');
    await fullScreenshot(popup, `${SHOTS}/popup-${env.name}-en-light.png`, 420);
    expect(await axeViolations(popup)).toEqual([]);
  }, 40_000);

  itWithPages('shows the quotations said on a date chosen on the timeline', async (track) => {
    const { tabId } = await openFor(env, env.server.demoUrl('?popup-timeline'), track);
    const { popup } = await popupState(env, tabId, track, 'mentions');
    await popup.click('.cc-timeline-event[data-event-id="e-lu-press-conference"]');
    const detail = await pollUntil(
      () => popup.evaluate(() => [...document.querySelectorAll('.cc-timeline-detail blockquote')].map((q) => q.textContent ?? '')),
      (quotes) => quotes.length > 0,
    );
    expect(detail.join(' ')).toContain('firmly opposed');
  }, 30_000);

  itWithPages('says a browser page cannot be scanned', async (track) => {
    track(await env.browser.openOptions());
    // Found by URL in the extension: Firefox's driver reports extension pages as about:blank.
    const [tabId] = await env.browser.evaluateInExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const tabs: { id: number; url?: string }[] = await api.tabs.query({});
      return tabs.filter((tab) => tab.url?.endsWith('/options.html')).map((tab) => tab.id);
    });
    expect(tabId).toBeTypeOf('number');
    const { shown } = await popupState(env, tabId!, track, 'unscannable');
    expect(shown.stateText.length).toBeGreaterThan(10);
  }, 30_000);

  itWithPages('says nothing was found on a page without mentions', async (track) => {
    const { tabId } = await openFor(env, env.server.demoUrl('quiet.html?popup'), track);
    await popupState(env, tabId, track, 'nothing-found');
  }, 30_000);

  // Firefox lists no registered content script to an extension page (getRegisteredContentScripts
  // answers []), so the test cannot take the script away there; Chromium covers the state.
  const noUnregister = 'getRegisteredContentScripts answers [] to an extension page, so the script cannot be taken away';
  itWithPagesIn(env, ['chromium'], noUnregister, 'offers a reload when the page was opened before the extension could run, and the reload works', async (track) => {
    await env.browser.evaluateInExtension(setRegistration, false);
    try {
      const { page, tabId } = await openFor(env, env.server.demoUrl('?popup-reload'), track);
      expect(await env.browser.highlightTexts(page)).toEqual([]);
      await env.browser.evaluateInExtension(setRegistration, true);
      const { popup } = await popupState(env, tabId, track, 'needs-reload');
      await popup.click('[data-state="needs-reload"] button');
      await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'mentions', { message: 'mentions after the reload', timeout: 10_000 });
    } finally {
      await env.browser.evaluateInExtension(setRegistration, true);
    }
  }, 40_000);

  itWithPages('pauses everywhere from the popup: highlights and badge go, the state says paused', async (track) => {
    const { page, tabId } = await openFor(env, env.server.demoUrl('?popup-pause'), track);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b !== '', { message: 'the demo badge' });
    const { popup } = await popupState(env, tabId, track, 'mentions');
    try {
      await popup.click('input[name="paused"]');
      await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'paused', { message: 'the paused state' });
      await pollUntil(async () => ({ h: (await env.browser.highlightTexts(page)).length, b: await env.browser.badgeText(tabId) }), (x) => x.h === 0 && x.b === '', {
        message: 'no highlights and an empty badge while paused',
      });
      await popup.click('[data-state="paused"] button');
      // A real popup floats over the page; here the page is a background tab, which Firefox throttles.
      await page.bringToFront();
      await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'mentions', { message: 'mentions after resuming' });
    } finally {
      await env.browser.evaluateInExtension(patchSettings, { paused: false });
    }
  }, 40_000);

  itWithPages('turns the extension off on a site from the popup and back on', async (track) => {
    // 127.0.0.1, not a .test host: the content script needs a secure context today (crypto.randomUUID).
    const { page, tabId } = await openFor(env, env.server.demoUrl('?popup-site'), track);
    const { popup } = await popupState(env, tabId, track, 'mentions');
    try {
      await popup.click('input[name="site-disabled"]');
      const { stateText } = await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'disabled-site', { message: 'the disabled-site state' });
      expect(stateText).toContain('127.0.0.1');
      await popup.click('[data-state="disabled-site"] button');
      await page.bringToFront();
      await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'mentions', { message: 'mentions after turning it back on' });
    } finally {
      await env.browser.evaluateInExtension(patchSettings, { disabledSites: [] });
    }
  }, 40_000);

  itWithPages('says capped ("5k+") on a page with more mentions than the cap', async (track) => {
    const paragraphs = Array.from({ length: 1300 }, (_, i) => `<p>Paragraph ${i}: Xinjiang, Uyghur, Xinjiang and Uyghurs.</p>`).join('\n');
    env.server.setRoute('/many.html', { body: `<!doctype html><html lang="en"><head><title>many</title></head><body>${paragraphs}</body></html>` });
    const { tabId } = await openFor(env, env.server.url('/many.html'), track);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '5k+', { message: 'the capped badge', timeout: 15_000 });
    const { shown } = await popupState(env, tabId, track, 'capped');
    expect(shown.stateText).toContain('5k+');
  }, 40_000);

  // Only Firefox lets a user (and so a test) withdraw a host permission from an installed extension.
  const noWithdraw = 'only Firefox lets a host permission be withdrawn from an installed extension';
  itWithPagesIn(env, ['firefox'], noWithdraw, 'asks for access where the extension has none', async (track) => {
    const { tabId } = await openFor(env, env.server.demoUrl('?popup-access'), track);
    const removed = await env.browser.evaluateInExtension(() => (globalThis as any).browser.permissions.remove({ origins: ['<all_urls>'] }));
    try {
      expect(removed).toBe(true);
      const { popup } = await popupState(env, tabId, track, 'no-access');
      expect(await popup.evaluate(() => document.querySelector('[data-state="no-access"] button')?.textContent)).toBe('Allow access to this site');
    } finally {
      await env.browser.evaluateInExtension(() => (globalThis as any).browser.permissions.request({ origins: ['<all_urls>'] }).catch(() => false));
    }
  }, 30_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'zh-CN'] as const) {
    if (colorScheme === 'light' && locale === 'en') continue; // covered above
    forEachBrowser(
      (env) => {
        itWithPages(`renders the popup in ${locale}, ${colorScheme}, with no axe violations`, async (track) => {
          const { tabId } = await openFor(env, env.server.demoUrl(`?popup-${locale}-${colorScheme}`), track);
          const { popup, shown } = await popupState(env, tabId, track, 'mentions');
          if (locale === 'zh-CN') {
            expect(shown.lang).toMatch(/^zh/);
            expect(shown.h2).toEqual(expect.arrayContaining(['摘要', '重要引述', '时间线', '本页内容']));
          }
          const dark = await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          expect(dark).toBe(colorScheme === 'dark');
          await fullScreenshot(popup, `${SHOTS}/popup-${env.name}-${locale}-${colorScheme}.png`, 420);
          expect(await axeViolations(popup)).toEqual([]);
        }, 40_000);
      },
      { colorScheme, ...(locale === 'en' ? {} : { locale }) },
    );
  }
}
