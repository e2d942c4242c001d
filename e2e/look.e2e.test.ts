// Issue 26 "Must show": what a new user sees. A card's actions and copy feedback lie inside its visible box;
// the popup's citation button is in its first 600 px; the full-context tab marks its term; muting shows an
// Undo that works; axe finds nothing on the extension's pages, light and dark; screenshots of every surface
// (`npm run screenshots` copies them to docs/screenshots). The card's own views are checked by axe in
// card.e2e.test.ts (its closed shadow root is out of axe's reach on a live page).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { card, mouseClick, openCard, openScanned, pointAt, type Rect } from './card-support.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { SHOTS } from './harness/paths.ts';
import { pollUntil } from './harness/poll.ts';
import { axeViolations, fullScreenshot, readPopup } from './popup-support.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

const LOOK = path.join(SHOTS, 'look');

interface CardParts {
  card: Rect | null;
  actions: Rect[];
  actionTexts: string[];
  copyQuote: Rect | null;
  status: Rect | null;
  statusText: string;
  toast: { text: string; rect: Rect; undo: Rect | null } | null;
}

/** Extension context: the rectangles of the open card's parts and of the mute notice, from the content script's world. */
async function readParts({ tabId }: { tabId: number }): Promise<CardParts> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = () => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    // The notice has its own closed shadow root: the content script's world may open it.
    const shadowOf = (host: Element): ShadowRoot | null =>
      (globalThis as any).chrome?.dom?.openOrClosedShadowRoot?.(host) ?? (host as any).openOrClosedShadowRoot ?? null;
    let toast: CardParts['toast'] = null;
    for (const host of document.documentElement.children) {
      const notice = shadowOf(host)?.querySelector('.cc-toast');
      if (notice) toast = { text: notice.querySelector('span')?.textContent ?? '', rect: box(notice)!, undo: box(notice.querySelector('button')) };
    }
    const shown = !!el && el.isConnected && (el.matches(':popover-open') || !el.hidden);
    return {
      card: shown ? box(el) : null,
      actions: shown ? [...el!.querySelectorAll('.cc-actions button')].map((b) => box(b)!) : [],
      actionTexts: shown ? [...el!.querySelectorAll('.cc-actions button')].map((b) => b.textContent ?? '') : [],
      copyQuote: shown ? box(el!.querySelector('.cc-quote .cc-small')) : null,
      status: shown ? box(el!.querySelector('.cc-footer .cc-status')) : null,
      statusText: shown ? (el!.querySelector('.cc-footer .cc-status')?.textContent ?? '') : '',
      toast,
    };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe });
  return first.result as CardParts;
}

const parts = (env: BrowserEnv, tabId: number) => env.browser.evaluateInExtension(readParts, { tabId });
const within = (inner: Rect, outer: Rect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
const centre = (r: Rect) => ({ x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });

/** The muted terms of a site in the stored settings (IndexedDB since issue 23), by pack-qualified key. */
async function mutedOn(env: BrowserEnv, site: string): Promise<string[]> {
  return ((await env.browser.evaluateInExtension(storedSettingsWithLists))?.mutedTerms?.[site] ?? []) as string[];
}

async function openPinnedCard(env: BrowserEnv, url: string, track: <P extends HarnessPage>(p: P) => P, text = 'Jeremy Hunt') {
  const { page, tabId } = await openScanned(env, url, track);
  await page.bringToFront();
  const { x, y } = await pointAt(page, text);
  await mouseClick(page, x, y);
  await openCard(env, tabId, `a card for ${text}`);
  return { page, tabId };
}

async function extensionPage(env: BrowserEnv, file: string, track: <P extends HarnessPage>(p: P) => P): Promise<HarnessPage> {
  const page = track(await env.browser.openExtensionPage(file));
  await pollUntil(() => page.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (h) => h !== '', { message: `${file} to render` });
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  forEachBrowser(
    (env) => {
      beforeAll(() => mkdirSync(LOOK, { recursive: true }));
      const shot = (name: string) => path.join(LOOK, `${name}-${env.name}-${scheme}.png`);

      itWithPages(`popup (${scheme}): the citation button within the first 600 px, no axe violations`, async (track) => {
        const page = track(await env.browser.newPage(env.server.demoUrl(`?look-popup-${scheme}`)));
        const tabId = await env.browser.tabIdFor(page);
        await page.bringToFront();
        await pollUntil(() => env.browser.badgeText(tabId), (b) => b !== '', { message: 'the badge' });
        const popup = track(await env.browser.openPopup(tabId));
        await pollUntil(() => popup.evaluate(readPopup), (s) => s.state === 'mentions', { message: 'the popup with mentions' });
        const button = await popup.evaluate(() => {
          const b = [...document.querySelectorAll('.cc-cite button')].find((x) => x.classList.contains('cc-primary'))!;
          return b.getBoundingClientRect().bottom + scrollY;
        });
        expect(button).toBeLessThanOrEqual(600);
        await fullScreenshot(popup, shot('popup'), 420);
        expect(await axeViolations(popup)).toEqual([]);
      }, 40_000);

      itWithPages(`full-context tab (${scheme}): the term it was opened for is in view and marked`, async (track) => {
        const page = await extensionPage(env, 'popup.html?view=full#term=xinjiang', track);
        const term = await page.evaluate(() => {
          const mark = document.querySelector('#full-term mark');
          const r = mark?.getBoundingClientRect();
          return { text: mark?.textContent ?? '', inView: !!r && r.top >= 0 && r.bottom <= innerHeight, width: document.querySelector('main')!.getBoundingClientRect().width };
        });
        expect(term.text).toBe('Xinjiang');
        expect(term.inView).toBe(true);
        // A reading column, not the popup's 400 px stuck to one side.
        expect(term.width).toBeGreaterThan(420);
        await fullScreenshot(page, shot('full-context'), 1000);
        expect(await axeViolations(page)).toEqual([]);
      }, 40_000);

      itWithPages(`options and welcome (${scheme}): logo, shortcuts, no axe violations`, async (track) => {
        for (const file of ['options.html', 'welcome.html']) {
          const page = await extensionPage(env, file, track);
          const seen = await pollUntil(
            () => page.evaluate(() => ({ logo: !!document.querySelector('.cc-brand img'), rows: document.querySelectorAll('.cc-shortcuts tr').length })),
            (s) => s.rows > 0,
            { message: `${file}'s shortcuts` },
          );
          expect(seen).toEqual({ logo: true, rows: 2 });
          await fullScreenshot(page, shot(file.replace('.html', '')), 760);
          expect(await axeViolations(page)).toEqual([]);
        }
      }, 40_000);

      itWithPages(`card (${scheme}): actions and copy feedback inside the card's visible box`, async (track) => {
        const { page, tabId } = await openPinnedCard(env, env.server.demoUrl(`?look-card-${scheme}`), track);
        const before = await parts(env, tabId);
        expect(before.actionTexts).toHaveLength(3);
        for (const action of before.actions) expect(within(action, before.card!), JSON.stringify({ action, card: before.card })).toBe(true);
        // "Copy citation", in the card's foot: its feedback must show where the reader is looking.
        const { x, y } = centre(before.actions[0]!);
        await mouseClick(page, x, y);
        const after = await pollUntil(() => parts(env, tabId), (p) => p.statusText !== '', { message: 'the copy feedback' });
        expect(within(after.status!, after.card!), JSON.stringify(after)).toBe(true);
        await page.screenshot(shot('card'));
      }, 40_000);
    },
    { colorScheme: scheme },
  );
}

forEachBrowser((env) => {
  const shot = (name: string) => path.join(LOOK, `${name}-${env.name}.png`);

  itWithPages('card on a right-to-left page', async (track) => {
    mkdirSync(LOOK, { recursive: true });
    const { page } = await openPinnedCard(env, env.server.fixtureUrl('card-rtl.html'), track);
    await page.screenshot(shot('card-rtl'));
  }, 40_000);

  itWithPages('muting shows a notice whose Undo brings the term back', async (track) => {
    const { page, tabId } = await openPinnedCard(env, env.server.demoUrl('?look-mute'), track);
    const site = new URL(page.url()).hostname;
    const before = await parts(env, tabId);
    const mute = before.actionTexts.findIndex((t) => t === 'Not about this topic here');
    expect(mute).toBeGreaterThanOrEqual(0);
    const { x, y } = centre(before.actions[mute]!);
    await mouseClick(page, x, y);
    const muted = await pollUntil(() => parts(env, tabId), (p) => p.toast !== null, { message: 'the mute notice' });
    expect(muted.toast!.text).toContain('Jeremy Hunt');
    expect(await mutedOn(env, site)).toContain('cnn-2018-uk-xinjiang/jeremy-hunt');
    await page.screenshot(shot('card-muted'));
    const undo = centre(muted.toast!.undo!);
    await mouseClick(page, undo.x, undo.y);
    await pollUntil(() => mutedOn(env, site), (ids) => !ids.includes('cnn-2018-uk-xinjiang/jeremy-hunt'), { message: 'the term unmuted' });
    // The mention is highlighted again: a click on it opens its card.
    const again = await pointAt(page, 'Jeremy Hunt');
    await pollUntil(
      async () => {
        await mouseClick(page, again.x, again.y);
        return card(env, tabId);
      },
      (s) => s.shown && s.termId === 'jeremy-hunt',
      { message: 'a card for the unmuted term' },
    );
  }, 40_000);
});
