// Issue 5, the card's remaining promises: focus goes back where it was after Esc (and a hover card never
// takes it); the card follows scrolling and resizing and stays inside the viewport; on a right-to-left page
// only its placement mirrors; mentions inside open shadow roots open cards and feed the context menu.
// The Chinese UI is in card-locale.e2e.test.ts (one browser launch per setting).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { card, closedCard, expectedQuotes, inside, mouseClick, mouseMove, openCard, openScanned, pack, pointAt, rectOf, shippedMessage, SHOTS, step, type CardState, type Rect } from './card-support.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { closeFirefoxMenu } from './harness/firefox-chrome.ts';
import type { FirefoxExtension } from './harness/firefox.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';
import { GAP } from '../content/card/placement.ts';

/** Page world: what has focus, described by id (or tag name) so the test can compare. */
const focusedId = (page: HarnessPage) => page.evaluate(() => document.activeElement?.id || document.activeElement?.localName || null);

/** Page world: an input, a button and a focusable region around a mention, added to the demo page's top. */
function addFocusTargets(): void {
  const box = document.createElement('div');
  const input = document.createElement('input');
  input.id = 'search';
  input.setAttribute('aria-label', 'Search');
  const button = document.createElement('button');
  button.id = 'menu';
  button.textContent = 'Menu';
  box.append(input, button);
  document.body.prepend(box);
  // Single-page apps often make their main region focusable; a click on its text focuses it.
  document.querySelector('main')!.tabIndex = -1;
  document.querySelector('main')!.id = 'main';
}

/** Page world: how many ranges the page's highlights hold (the harness's reader cannot sort across shadow roots). */
function countHighlighted(): number {
  return [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
}

async function resize(page: HarnessPage, width: number, height: number): Promise<void> {
  if (page.browserName === 'chromium') await page.raw.setViewportSize({ width, height });
  else await page.raw.setViewport({ width, height });
}

/** Whether the card sits right below or right above its mention, aligned with its start (left) edge. */
function besideMention(state: CardState, mention: Rect): boolean {
  const r = state.rect;
  if (!state.shown || !r) return false;
  const below = Math.abs(r.top - (mention.bottom + GAP)) <= 1;
  const above = Math.abs(r.bottom - (mention.top - GAP)) <= 1;
  return Math.abs(r.left - mention.left) <= 1 && (below || above);
}

/** Waits until the open card is beside the mention's current place (it moved there), and returns both. */
async function followed(env: BrowserEnv, page: HarnessPage, tabId: number, text: string, what: string): Promise<{ state: CardState; mention: Rect }> {
  return pollUntil(
    async () => ({ state: await card(env, tabId), mention: await rectOf(page, text) }),
    ({ state, mention }) => besideMention(state, mention) && inside(state),
    { message: what },
  );
}

/** Extension context: records the messages the tab's content script sends from now on (isolated world). */
async function recordMessages({ tabId }: { tabId: number }): Promise<void> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: () => {
      const runtime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
      const log: unknown[] = ((globalThis as any).sentForTest = []);
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (message: unknown) => {
        log.push(message);
        return send(message);
      };
    },
  });
}

/** Extension context: the messages recorded since recordMessages. */
async function recordedMessages({ tabId }: { tabId: number }): Promise<{ type: string; data: any }[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: () => (globalThis as any).sentForTest ?? [] });
  return first.result;
}

forEachBrowser((env) => {
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  itWithPages('keeps focus where it was while a hover card is open, and Esc leaves it there', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-focus-hover'), track);
    await page.evaluate(addFocusTargets);
    await page.evaluate(() => document.getElementById('search')!.focus());
    const { x, y } = await pointAt(page, 'Jeremy Hunt');
    await mouseMove(page, x, y);
    const open = await openCard(env, tabId, 'a hover card');
    expect(open.mode).toBe('hover');
    expect(open.focused).toBe(false);
    expect(await focusedId(page)).toBe('search');
    // Typing still reaches the page's field while the card is open.
    await page.press('k');
    expect(await page.evaluate(() => (document.getElementById('search') as HTMLInputElement).value)).toBe('k');
    await page.press('Escape');
    await closedCard(env, tabId, 'Esc to close the hover card');
    expect(await focusedId(page)).toBe('search');
  });

  itWithPages('returns focus to the element that had it when Esc closes a card opened by the keyboard', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-focus-keys'), track);
    await page.evaluate(addFocusTargets);
    await page.evaluate(() => document.getElementById('menu')!.focus());
    await step(env, tabId, 1);
    const first = await pollUntil(() => card(env, tabId), (s) => s.shown && s.live.startsWith('Mention 1'), { message: 'the first mention\'s card' });
    expect(first.focused).toBe(true);
    expect(await focusedId(page), 'focus left the page for the card').not.toBe('menu');
    // Moving on keeps the way back: the second card replaces the first, focus stays in the card.
    await step(env, tabId, 1);
    expect((await pollUntil(() => card(env, tabId), (s) => s.live.startsWith('Mention 2'), { message: 'the second mention\'s card' })).focused).toBe(true);
    await page.press('Escape');
    await closedCard(env, tabId, 'Esc to close the card');
    await pollUntil(() => focusedId(page), (id) => id === 'menu', { message: 'focus back on the button' });
  });

  itWithPages('returns focus where the click left it when Esc closes a card the reader clicked into', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-focus-click'), track);
    await page.evaluate(addFocusTargets);
    const { x, y } = await pointAt(page, 'Lu Kang');
    await mouseClick(page, x, y);
    const open = await openCard(env, tabId, 'a card opened by click');
    expect(open.mode).toBe('pinned');
    // The click focused the page's focusable region, and the card did not take focus from it.
    expect(open.focused).toBe(false);
    expect(await focusedId(page)).toBe('main');
    await page.press('Escape');
    await closedCard(env, tabId, 'Esc to close the clicked card');
    expect(await focusedId(page)).toBe('main');
    // Again, and this time the reader clicks into the card's text first: focus moves in, Esc brings it back.
    await mouseClick(page, x, y);
    const again = await openCard(env, tabId, 'the card opened again');
    await mouseClick(page, (again.rect!.left + again.rect!.right) / 2, again.rect!.top + 12);
    await pollUntil(() => card(env, tabId), (s) => s.focused, { message: 'focus inside the card after clicking it' });
    await page.press('Escape');
    await closedCard(env, tabId, 'Esc to close the card with focus inside');
    await pollUntil(() => focusedId(page), (id) => id === 'main', { message: 'focus back on the region clicked before' });
  });

  itWithPages('follows its mention when the window or a box scrolls and the window resizes, staying in the viewport', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.fixtureUrl('card-scroll.html'), track);
    try {
      await resize(page, 900, 600);
      const start = await pointAt(page, 'Jeremy Hunt');
      await mouseClick(page, start.x, start.y);
      const open = await openCard(env, tabId, 'a card for Jeremy Hunt');
      const before = await rectOf(page, 'Jeremy Hunt');
      expect(besideMention(open, before), JSON.stringify({ card: open.rect, mention: before })).toBe(true);
      expect(inside(open), JSON.stringify(open)).toBe(true);

      await page.evaluate(() => scrollBy(0, 40));
      const scrolled = await followed(env, page, tabId, 'Jeremy Hunt', 'the card to follow the window scrolling');
      expect(scrolled.mention.top, 'the page scrolled').toBeLessThan(before.top - 30);

      // Narrower than the card's room at the mention's start: the card moves left to stay inside.
      await resize(page, 420, 600);
      const narrow = await pollUntil(
        () => card(env, tabId),
        (s) => s.shown && s.viewport.width <= 420 && inside(s),
        { message: 'the card inside a narrow viewport' },
      );
      const mention = await rectOf(page, 'Jeremy Hunt');
      expect(narrow.rect!.top, 'still below its mention').toBeGreaterThanOrEqual(mention.bottom);

      // Scrolled out of view, the card hides; scrolled back, it returns to its mention.
      await page.evaluate(() => scrollBy(0, 2000));
      await pollUntil(() => card(env, tabId), (s) => !s.shown && s.mode === 'pinned', { message: 'the card hidden while its mention is out of view' });
      await page.evaluate(() => document.getElementById('mention')!.scrollIntoView({ block: 'center' }));
      const back = await pollUntil(() => card(env, tabId), (s) => s.shown, { message: 'the card back with its mention' });
      expect(inside(back), JSON.stringify(back)).toBe(true);
      await page.press('Escape');
      await closedCard(env, tabId);

      // A box with its own scroll bar: scroll events do not bubble, the card follows anyway.
      await resize(page, 900, 600);
      await page.evaluate(() => document.getElementById('box')!.scrollIntoView({ block: 'center' }));
      const inBox = await pointAt(page, 'Lu Kang');
      await mouseClick(page, inBox.x, inBox.y);
      await openCard(env, tabId, 'a card for the mention in the box');
      const boxBefore = (await followed(env, page, tabId, 'Lu Kang', 'the card beside the mention in the box')).mention;
      await page.evaluate(() => {
        document.getElementById('box')!.scrollTop += 30;
      });
      const boxScrolled = await followed(env, page, tabId, 'Lu Kang', 'the card to follow the box scrolling');
      expect(boxScrolled.mention.top, 'the box scrolled').toBeLessThan(boxBefore.top - 20);
    } finally {
      await resize(page, 1280, 720).catch(() => undefined);
    }
  });

  itWithPages('mirrors only its placement on a right-to-left page: aligned to the mention\'s right edge, in the UI\'s direction', async (track) => {
    const uiLanguage = await env.browser.evaluateInExtension(() => ((globalThis as any).browser ?? (globalThis as any).chrome).i18n.getUILanguage() as string);
    const { page, tabId } = await openScanned(env, env.server.fixtureUrl('card-rtl.html'), track);
    const { x, y } = await pointAt(page, 'Jeremy Hunt');
    await mouseClick(page, x, y);
    const open = await openCard(env, tabId, 'a card on the right-to-left page');
    const mention = await rectOf(page, 'Jeremy Hunt');
    expect(open.termId).toBe('jeremy-hunt');
    expect(Math.abs(open.rect!.right - mention.right), `card ${JSON.stringify(open.rect)} by mention ${JSON.stringify(mention)}`).toBeLessThanOrEqual(1);
    expect(open.rect!.left, 'the card grows leftwards').toBeLessThan(mention.left);
    expect(inside(open)).toBe(true);
    // The card itself reads in the UI's language and direction, not the page's.
    expect(open.dir).toBe('ltr');
    expect(open.direction).toBe('ltr');
    expect(open.lang).toBe(uiLanguage);
    const quoteLangs = pack.terms.find((t) => t.id === 'jeremy-hunt')!.quoteIds.map((id) => pack.quotes.find((q) => q.id === id)!.lang);
    expect(open.quotes).toEqual(expectedQuotes('jeremy-hunt'));
    expect(open.quoteAttributes).toEqual(quoteLangs.map((lang) => ({ lang, dir: 'auto' })));
    await page.screenshot(path.join(SHOTS, `card-${env.name}-rtl.png`));

    // The same sentence on a left-to-right page: the card aligns to the mention's left edge instead.
    await page.evaluate(() => {
      document.documentElement.dir = 'ltr';
    });
    await page.press('Escape');
    await closedCard(env, tabId);
    const ltrPoint = await pointAt(page, 'Jeremy Hunt');
    await mouseClick(page, ltrPoint.x, ltrPoint.y);
    const ltr = await openCard(env, tabId, 'a card once the page is left-to-right');
    expect(Math.abs(ltr.rect!.left - (await rectOf(page, 'Jeremy Hunt')).left)).toBeLessThanOrEqual(1);
  });

  itWithPages('opens cards for mentions inside open shadow roots, nested ones too, and keeps links in them working', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.fixtureUrl('card-shadow.html'), track);
    await pollUntil(() => page.evaluate(countHighlighted), (n) => n >= 3, { message: 'the three mentions in shadow roots highlighted' });
    const outer = await pointAt(page, 'Xinjiang');
    await mouseMove(page, outer.x, outer.y);
    const open = await openCard(env, tabId, 'a hover card for the mention in the shadow root');
    expect(open.termId).toBe('xinjiang');
    expect(open.quotes).toEqual(expectedQuotes('xinjiang'));
    await mouseMove(page, 2, 2);
    await closedCard(env, tabId, 'the hover card to close');

    const nested = await pointAt(page, 'Kashgar');
    await mouseMove(page, nested.x, nested.y);
    await pollUntil(() => card(env, tabId), (s) => s.shown && s.termId === 'kashgar', { message: 'a hover card for the mention in the nested root' });
    await mouseMove(page, 2, 2);
    await closedCard(env, tabId, 'the nested hover card to close');

    // A click on a mention inside a link inside the component follows the link and pins nothing.
    const link = await pointAt(page, 'Uyghur', { inLink: true });
    await mouseClick(page, link.x, link.y);
    await pollUntil(() => page.evaluate(() => location.hash), (hash) => hash === '#diaspora', { message: 'the link in the shadow root to be followed' });
    await holdsFor(() => card(env, tabId), (s) => s.mode !== 'pinned', { duration: 600, message: 'no pinned card for a click inside a link' });
  });

  itWithPages('tells the background which mention a context menu opened on, inside a shadow root too', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.fixtureUrl('card-shadow.html?menu'), track);
    await pollUntil(() => page.evaluate(countHighlighted), (n) => n >= 3, { message: 'the three mentions in shadow roots highlighted' });
    await env.browser.evaluateInExtension(recordMessages, { tabId });
    const targets = async () => (await env.browser.evaluateInExtension(recordedMessages, { tabId })).filter((m) => m.type === 'contextTarget').map((m) => m.data.termId);
    const nested = await pointAt(page, 'Kashgar');
    const plain = await pointAt(page, 'names nothing');
    // Real right-clicks (a made-up contextmenu event is ignored, e2e/red-team.e2e.test.ts); Firefox's
    // native menu is closed after each, headless Chromium shows none.
    for (const { x, y } of [nested, plain]) {
      await page.raw.mouse.click(x, y, { button: 'right' });
      if (page.browserName === 'firefox') {
        await pollUntil(targets, (ids) => ids.length >= (x === nested.x ? 1 : 2), { message: 'the contextTarget message' });
        await closeFirefoxMenu(env.browser as FirefoxExtension);
      }
    }
    expect(await pollUntil(targets, (ids) => ids.length >= 2, { message: 'two contextTarget messages' })).toEqual(['kashgar', null]);
  });
  itWithPages('says in the card when the background does not answer, and the card still works with the keyboard', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?card-no-answer'), track);
    // The card's source of content, swapped in the content script's world for one whose background never answers.
    const silenced = await env.browser.evaluateInExtension(async ({ tabId }: { tabId: number }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const [first] = await api.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        func: () => {
          const cards = (globalThis as any)[Symbol.for('context-cards.card')];
          if (!cards || !('contents' in cards)) return false;
          cards.contents = { cached: () => undefined, load: () => Promise.reject(new Error('no answer')) };
          return true;
        },
      });
      return first.result as boolean;
    }, { tabId });
    expect(silenced).toBe(true);
    await step(env, tabId, 1);
    const failed = await pollUntil(() => card(env, tabId), (s) => s.shown && s.state === 'failed', { message: 'the card to say the background did not answer' });
    expect(failed.alert).toBe(shippedMessage('en', 'card_unavailable'));
    // The term's label comes with the plan, so the card still says what it is about.
    expect(failed.heading).toBe(pack.terms.find((t) => t.id === failed.termId)?.label);
    expect(failed.quotes).toEqual([]);
    expect(failed.focused).toBe(true);
    expect(failed.buttons).toContain(shippedMessage('en', 'card_openContext'));
    await page.press('Escape');
    await closedCard(env, tabId);
  });
});