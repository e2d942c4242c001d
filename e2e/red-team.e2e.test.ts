// Issue 23, item 1: the red-team review's attacks on the in-page card, run as a hostile page in both
// browsers. Events the page makes up open, pin and close nothing and set no context-menu target; in
// Firefox, where `window.find` hands the page the card's closed shadow root, pressing the buttons does
// nothing, and rewriting the card or its style sheet throws the card away before a real click can use it.
import { expect } from 'vitest';
import { card, closedCard, mouseClick, openCard, openScanned, pointAt, shippedMessage } from './card-support.ts';
import { forEachBrowser, itWithPages, type BrowserEnv } from './harness/browsers.ts';
import { holdsFor, pollUntil } from './harness/poll.ts';
import { clipboardReader, readClipboardHere } from './harness/clipboard-reader.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

const OPEN_CONTEXT = shippedMessage('en', 'card_openContext');

/** Page world: dispatches a made-up event of `kind` at a viewport point (on the element there). */
function synthetic({ kind, x, y }: { kind: 'pointermove' | 'click' | 'contextmenu' | 'escape'; x: number; y: number }): string {
  const target = document.elementFromPoint(x, y) ?? document.body;
  const base = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
  if (kind === 'pointermove') {
    target.dispatchEvent(new PointerEvent('pointerover', { ...base, pointerType: 'mouse' }));
    target.dispatchEvent(new PointerEvent('pointermove', { ...base, pointerType: 'mouse' }));
  } else if (kind === 'click') {
    target.dispatchEvent(new PointerEvent('pointerdown', { ...base, pointerType: 'mouse' }));
    target.dispatchEvent(new MouseEvent('click', { ...base, button: 0 }));
  } else if (kind === 'contextmenu') {
    target.dispatchEvent(new MouseEvent('contextmenu', { ...base, button: 2 }));
  } else {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { ...base, key: 'Escape', code: 'Escape' }));
    document.dispatchEvent(new KeyboardEvent('keydown', { ...base, key: 'Escape', code: 'Escape' }));
  }
  return target.localName;
}

type Attack = 'press' | 'rewrite' | 'restyle';

/**
 * Page world, the review's attack: find the card's button text, take the root the selection lands in,
 * then press every button, or rewrite the card (adding a `javascript:` link), or restyle it so its last
 * button covers the viewport (for a real click to land on). Returns what the page managed.
 */
function attack({ label, how }: { label: string; how: Attack }): { found: boolean; reached: boolean; pressed: number; covered: boolean } {
  const found = (window as any).find(label, false, false, true);
  const root = getSelection()?.anchorNode?.getRootNode();
  const reached = !!root && root instanceof ShadowRoot;
  const out = { found, reached, pressed: 0, covered: false };
  if (!reached) return out;
  const shadow = root as ShadowRoot;
  // A careful attacker leaves no selection behind for the card to notice.
  if (how !== 'press') getSelection()!.removeAllRanges();
  if (how === 'press') {
    for (const button of shadow.querySelectorAll('button')) {
      button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      button.click();
      out.pressed++;
    }
  } else if (how === 'rewrite') {
    shadow.querySelector('h2')!.textContent = 'Rewritten by the page';
    const link = document.createElement('a');
    link.href = 'javascript:void(window.pwned = 1)';
    link.textContent = 'Read more';
    shadow.querySelector('.cc-actions')?.append(link);
  } else {
    const rule = '.cc-actions button{position:fixed!important;left:0!important;top:0!important;width:100vw!important;height:100vh!important;opacity:0!important;z-index:9!important}';
    const sheets = [...(shadow.adoptedStyleSheets ?? []), ...shadow.styleSheets];
    try {
      sheets[0]!.insertRule(rule, sheets[0]!.cssRules.length);
    } catch {
      // Reported below: the button does not cover the viewport.
    }
    const hit = shadow.elementFromPoint(3, 3);
    out.covered = hit?.localName === 'button';
  }
  return out;
}

/** Extension context: why the tab's card was last thrown away, read from the content script. */
async function lastTamper({ tabId }: { tabId: number }): Promise<string | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: () => (globalThis as any)[Symbol.for('context-cards.card')]?.lastTamper ?? null,
  });
  return first.result as string | null;
}

/** Extension context: records what content scripts send (runtime messages reach every extension page). */
function recordMessages(): void {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const g = globalThis as any;
  g.redTeamMessages = [];
  if (g.redTeamListening) return;
  g.redTeamListening = true;
  api.runtime.onMessage.addListener((m: unknown) => void g.redTeamMessages.push(m));
}

/** What the extension would show if an attack had worked: tabs, muted terms. */
async function sideEffects(env: BrowserEnv) {
  return env.browser.evaluateInExtension(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs = (await api.tabs.query({})) as { url?: string }[];
    return tabs.length;
  }).then(async (tabs) => ({ tabs, muted: JSON.stringify((await env.browser.evaluateInExtension(storedSettingsWithLists))?.mutedTerms ?? {}) }));
}

forEachBrowser((env) => {
  const reader = clipboardReader(env);

  itWithPages('opens, pins and closes no card for made-up pointermove, click and Escape events', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?red-team-synthetic'), track);
    const at = await pointAt(page, 'Jeremy Hunt');
    expect(await page.evaluate(synthetic, { kind: 'pointermove', ...at })).not.toBe('html');
    await page.evaluate(synthetic, { kind: 'click', ...at });
    // Longer than the hover delay (400 ms): a trusted move would have opened a card by now.
    await holdsFor(() => card(env, tabId), (s) => !s.shown, { duration: 1200, message: 'no card from made-up events' });
    // The real pointer opens and pins it; made-up Escape, clicks elsewhere and moves away do not close it.
    await mouseClick(page, at.x, at.y);
    await openCard(env, tabId, 'a card from a real click');
    await page.evaluate(synthetic, { kind: 'escape', x: 0, y: 0 });
    await page.evaluate(synthetic, { kind: 'click', x: 3, y: 3 });
    await page.evaluate(synthetic, { kind: 'pointermove', x: 3, y: 3 });
    await holdsFor(() => card(env, tabId), (s) => s.shown && s.mode === 'pinned', { duration: 800, message: 'the pinned card to stay' });
    // A real Escape still closes it.
    await page.press('Escape');
    await closedCard(env, tabId, 'the real Escape to close the card');
  });

  itWithPages('sets no context-menu target from a made-up contextmenu event', async (track) => {
    const { page } = await openScanned(env, env.server.demoUrl('?red-team-contextmenu'), track);
    await env.browser.evaluateInExtension(recordMessages);
    const targets = () => env.browser.evaluateInExtension(() => ((globalThis as any).redTeamMessages as { type: string; data: unknown }[]).filter((m) => m?.type === 'contextTarget'));
    const at = await pointAt(page, 'Jeremy Hunt');
    await page.evaluate(synthetic, { kind: 'contextmenu', ...at });
    await holdsFor(targets, (list) => list.length === 0, { duration: 600, message: 'no contextTarget message' });
    if (env.name === 'chromium') {
      // The control: a real right-click on the same mention does tell the background (Firefox would open
      // its native menu, which the context-menu tests drive).
      await page.raw.mouse.click(at.x, at.y, { button: 'right' });
      const list = await pollUntil(targets, (l) => l.length > 0, { message: 'the real right-click\'s contextTarget' });
      expect(list[0]!.data).toEqual({ packId: 'cnn-2018-uk-xinjiang', termId: 'jeremy-hunt', quoteId: null });
    }
  });

  for (const how of ['press', 'rewrite', 'restyle'] as const) {
    itWithPages(`a card the page finds with window.find cannot be used (${how})`, async (track) => {
      const { page, tabId } = await openScanned(env, env.server.demoUrl(`?red-team-${how}`), track);
      const sentinel = `red team ${how} ${Math.random()}`;
      // Firefox refuses later reads in this file without a paste prompt (NotAllowedError, after the first
      // test's); there the messages below show that no copy was asked for, as every copy asks the background first.
      const readsClipboard = env.name === 'chromium';
      if (readsClipboard) await (await reader()).evaluate((text: string) => navigator.clipboard.writeText(text), sentinel);
      await page.bringToFront();
      await env.browser.evaluateInExtension(recordMessages);
      const before = await sideEffects(env);
      const at = await pointAt(page, 'Jeremy Hunt');
      await mouseClick(page, at.x, at.y);
      await openCard(env, tabId, 'a pinned card to attack');
      const result = await page.evaluate(attack, { label: OPEN_CONTEXT, how });
      if (env.name === 'firefox') {
        // The review's finding reproduces here: the page does reach the closed root.
        expect(result.reached, JSON.stringify(result)).toBe(true);
        if (how === 'press') expect(result.pressed).toBeGreaterThanOrEqual(3);
        if (how === 'restyle') expect(result.covered, 'the page\'s rule covers the viewport with a button').toBe(true);
      } else {
        expect(result.reached, 'Chromium retargets the selection to the host').toBe(false);
      }
      // A real click where the page put its button (anywhere: it covers the viewport) runs nothing.
      await mouseClick(page, 3, 3);
      if (result.reached) {
        // Any touch throws the card away, and says why (a restyled card finds out when clicked).
        await closedCard(env, tabId, 'the tampered card to close');
        expect(await env.browser.evaluateInExtension(lastTamper, { tabId })).toBe({ press: 'selection', rewrite: 'mutation', restyle: 'styles' }[how]);
      }
      await holdsFor(() => sideEffects(env), (now) => now.tabs === before.tabs && now.muted === before.muted, { duration: 1000, message: 'no tab opened, no term muted' });
      const sent = await env.browser.evaluateInExtension(() => ((globalThis as any).redTeamMessages as { type: string }[]).map((m) => m?.type));
      expect(sent.filter((type) => ['openContext', 'muteTerm', 'cardCopy', 'copyCard', 'copy'].includes(type))).toEqual([]);
      expect(await page.evaluate(() => (window as any).pwned ?? null)).toBeNull();
      if (readsClipboard) expect((await (await reader()).evaluate(readClipboardHere)).text).toBe(sentinel);
    });
  }
});
