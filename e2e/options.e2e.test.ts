import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';
import { axeViolations, fullScreenshot } from './popup-support.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

import { SHOTS } from './harness/paths.ts';
mkdirSync(SHOTS, { recursive: true });

/** Extension context: the stored settings item, private lists included (they live in IndexedDB). */
const storedSettings = storedSettingsWithLists;

/** Page world: the names registered in CSS.highlights, and the background colour the page computes for `name`. */
function highlightNames(name: string): { names: string[]; colour: string } {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  return { names: registry ? [...registry.keys()] : [], colour: getComputedStyle(document.body, `::highlight(${name})`).backgroundColor };
}

async function openOptions(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P) {
  const options = track(await env.browser.openOptions());
  await pollUntil(() => options.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (h) => h !== '', { message: 'the options page' });
  return options;
}

forEachBrowser((env) => {
  itWithPages('changes the highlight colour of an open tab at once, without a reload', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?options-colour')));
    // The highlight's name is random per document: the content script tells it (its styles come from the background).
    const name = await pollUntil(async () => (await env.browser.highlightNames(await env.browser.tabIdFor(page)))[0] ?? '', (n) => n !== '', { message: 'the content script' });
    await pollUntil(() => page.evaluate(highlightNames, name), (h) => h.names.includes(name) && h.colour === 'rgba(255, 200, 0, 0.32)', { message: 'the default highlight' });
    const options = await openOptions(env, track);
    try {
      await options.click('input[name="highlight-color"][value="blue"]');
      await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => s?.highlightColor === 'blue', { message: 'blue stored' });
      // The page was not reloaded: the content script watched storage.
      await page.bringToFront();
      const shown = await pollUntil(() => page.evaluate(highlightNames, name), (h) => h.colour === 'rgba(60, 140, 255, 0.28)', { message: 'the blue highlight' });
      expect(shown.names).toContain(name);
      expect((await env.browser.highlightTexts(page, { name })).length).toBeGreaterThan(0);
    } finally {
      await options.click('input[name="highlight-color"][value="yellow"]');
    }
  }, 40_000);

  itWithPages('adds and removes a disabled site, turns quiet mode on, and resets to defaults', async (track) => {
    const options = await openOptions(env, track);
    await options.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#options-site-input')!;
      input.value = 'https://www.News.example/page';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await options.click('#options-site-input ~ button[type="submit"]');
    await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => JSON.stringify(s?.disabledSites) === '["news.example"]', { message: 'the site stored' });
    await options.click('[data-list="sites"] button');
    await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => JSON.stringify(s?.disabledSites) === '[]', { message: 'the site removed' });
    await options.click('input[name="quiet-mode"]');
    await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => s?.quietMode === true, { message: 'quiet mode stored' });
    await options.click('.cc-options-section:last-of-type button');
    await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => s?.quietMode === false, { message: 'quiet mode reset' });
  }, 40_000);

  itWithPages('erases everything the extension stored, after a confirmation', async (track) => {
    const options = await openOptions(env, track);
    await options.click('input[name="highlight-style"][value="underline"]');
    await pollUntil(() => env.browser.evaluateInExtension(storedSettings), (s) => s?.highlightStyle === 'underline', { message: 'a stored change' });
    await options.click('.cc-danger');
    // The click was handled (the confirmation is up), and for a good while after it nothing is erased.
    await pollUntil(() => options.evaluate(() => document.querySelector('.cc-confirm') !== null), (up) => up, { message: 'the erase confirmation' });
    await holdsFor(() => env.browser.evaluateInExtension(storedSettings), (s) => s?.highlightStyle === 'underline', {
      duration: 1000,
      message: 'the stored settings to stay until the erase is confirmed',
    });
    await options.click('.cc-confirm .cc-danger');
    const left = await pollUntil(
      () =>
        env.browser.evaluateInExtension(async () => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          return { local: Object.keys(await api.storage.local.get(null)), session: Object.keys(await api.storage.session.get(null)) };
        }),
      (s) => s.local.length === 0 && s.session.length === 0,
      { message: 'empty local and session storage' },
    );
    expect(left).toEqual({ local: [], session: [] });
  }, 40_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'zh-CN'] as const) {
    forEachBrowser(
      (env) => {
        itWithPages(`renders the options and first-run pages in ${locale}, ${colorScheme}, with no axe violations`, async (track) => {
          const options = await openOptions(env, track);
          const heading = await options.evaluate(() => document.querySelector('h1')!.textContent);
          expect(heading).toBe(locale === 'en' ? 'Context Cards settings' : 'Context Cards 设置');
          const privacy = await options.evaluate(() => document.querySelector('#options-privacy')?.parentElement?.textContent ?? '');
          expect(privacy.length).toBeGreaterThan(100);
          await fullScreenshot(options, `${SHOTS}/options-${env.name}-${locale}-${colorScheme}.png`, 760);
          expect(await axeViolations(options)).toEqual([]);
          const welcome = track(await env.browser.openExtensionPage('welcome.html'));
          await pollUntil(() => welcome.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (h) => h !== '', { message: 'the first-run page' });
          await fullScreenshot(welcome, `${SHOTS}/welcome-${env.name}-${locale}-${colorScheme}.png`, 760);
          expect(await axeViolations(welcome)).toEqual([]);
        }, 40_000);
      },
      { colorScheme, ...(locale === 'en' ? {} : { locale }) },
    );
  }
}
