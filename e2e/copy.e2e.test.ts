// Copying from the card and the popup, read back from the real clipboard (text/plain and text/html).
// The card is tried on a secure page (127.0.0.1, where the content script writes through the Clipboard
// API) and on a plain-http page (site-a.test, where it asks the background to write); the popup writes
// itself. The expected strings come from the shipped formatters (core/cite/pack-citation.ts) in the
// default style, and the structure is checked too: the plain text has no markup, the HTML links the
// passage. Chromium reads with clipboard-read granted to the test's browser only; Firefox reads from an
// extension page (see harness/clipboard-reader.ts). The manifest gains no clipboardRead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyStrings, type CopyStrings } from '../core/cite/pack-citation.ts';
import { DEFAULT_STYLE } from '../core/cite/styles.ts';
import { loadPack } from '../core/pack/load-pack.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { quotationAsShown } from '../core/pack/quote-display.ts';
import { card, mouseClick, openCard, openScanned, pointAt } from './card-support.ts';
import { clipboardReader, readClipboardHere, unwrapClipHtml, type Clip } from './harness/clipboard-reader.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { repoRoot } from './harness/paths.ts';
import { pollUntil } from './harness/poll.ts';

const loaded = loadPack(readFileSync(path.join(repoRoot, 'public/packs/cnn-2018-uk-xinjiang.json'), 'utf8'));
if (!loaded.ok) throw new Error('the shipped pack does not load');
const pack: ContextPack = loaded.pack;

/** What a copy must put on the clipboard, from the shipped formatters ('' for a part it has none of). */
function expected(request: { termId: string; quoteId?: string }): Clip {
  const strings: CopyStrings | null = copyStrings([pack], request, DEFAULT_STYLE, new Date());
  if (!strings) throw new Error(`no copy for ${JSON.stringify(request)}`);
  return { text: strings.text, html: strings.html ?? '' };
}

/** Extension context: the centre of the open card's first button whose text starts with `label`. */
async function cardButtonPoint({ tabId, label }: { tabId: number; label: string }): Promise<{ x: number; y: number } | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = (label: string) => {
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    const button = [...(el?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').trim().startsWith(label));
    if (!button) return null;
    // Centred, not 'nearest': the card's action row sticks to its foot and would cover a button scrolled to the edge.
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe, args: [label] });
  return first.result;
}

/** Popup page world: clicks the first button whose text starts with `label`; false when there is none. */
function clickButton(label: string): boolean {
  const button = [...document.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim().startsWith(label));
  button?.click();
  return !!button;
}

/** Checks what is true of every copy whatever the style: plain text without markup, HTML that holds the words. */
function expectWellFormed(clip: Clip, words: string): void {
  expect(clip.text).toContain(words);
  expect(clip.text).not.toMatch(/<\/?[a-z][^>]*>/i);
  expect(clip.html).toMatch(/<[a-z][^>]*>/i);
  expect(clip.html).not.toBe(clip.text);
}

forEachBrowser((env: BrowserEnv) => {
  const reader = clipboardReader(env);
  const readClipboard = async (): Promise<Clip> => {
    const clip = await (await reader()).evaluate(readClipboardHere);
    return { text: clip.text, html: unwrapClipHtml(clip.html) };
  };
  let copies = 0;
  /** Puts a fresh sentinel on the clipboard, runs `act` with `page` in front, and waits for the clipboard to change. */
  const copyWith = async (page: HarnessPage, act: () => Promise<void>): Promise<Clip> => {
    const sentinel = `nothing copied yet (${env.name} ${++copies})`;
    await (await reader()).evaluate((t: string) => navigator.clipboard.writeText(t), sentinel);
    await page.bringToFront();
    await act();
    return pollUntil(readClipboard, (c) => c.text !== sentinel, { message: 'the clipboard to change', timeout: 8000 });
  };

  const quoteId = pack.terms.find((t) => t.id === 'xinjiang')!.quoteIds[0]!;
  const quote = pack.quotes.find((q) => q.id === quoteId)!;

  for (const kind of ['secure', 'http'] as const) {
    itWithPages(`copies the citation and a quotation from the card on a${kind === 'http' ? ' plain-http' : ' secure'} page`, async (track) => {
      const url = kind === 'secure' ? env.server.demoUrl('?copy-card-secure') : env.server.demoUrl('?copy-card-http', 'site-a.test');
      const { page, tabId } = await openScanned(env, url, track);
      expect(await page.evaluate(() => isSecureContext)).toBe(kind === 'secure');
      const at = await pointAt(page, 'Xinjiang');
      await mouseClick(page, at.x, at.y);
      const open = await openCard(env, tabId, 'the card for Xinjiang');
      expect(open.termId).toBe('xinjiang');
      expect(open.quotes[0]).toBe(quotationAsShown(quote));

      const clickCard = (label: string) => async () => {
        const point = await env.browser.evaluateInExtension(cardButtonPoint, { tabId, label });
        expect(point, `a "${label}" button on the card`).not.toBeNull();
        await mouseClick(page, point!.x, point!.y);
      };
      const citation = await copyWith(page, clickCard('Copy citation'));
      expect(citation).toEqual(expected({ termId: 'xinjiang' }));
      expectWellFormed(citation, pack.source.url);
      expect((await card(env, tabId)).shown, 'the card stays open after copying').toBe(true);

      const quotation = await copyWith(page, clickCard('Copy quotation'));
      expect(quotation).toEqual(expected({ termId: 'xinjiang', quoteId }));
      expectWellFormed(quotation, `“${quotationAsShown(quote).replace(/\s+/g, ' ').trim()}”`);
      expect(quotation.html).toContain('<a href="');
    }, 40_000);
  }

  itWithPages('copies the citation and a quotation from the popup', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?copy-popup')));
    const tabId = await env.browser.tabIdFor(page);
    await page.bringToFront();
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b !== '', { message: 'the demo badge' });
    const popup = track(await env.browser.openPopup(tabId));
    await pollUntil(() => popup.evaluate(() => document.querySelectorAll('button').length), (n) => n > 1, { message: 'the popup buttons' });
    // The first quotation the popup lists, by its text.
    const firstQuote = await popup.evaluate(() => document.querySelector('blockquote')?.textContent ?? '');
    const listed = pack.quotes.find((q) => firstQuote.includes(quotationAsShown(q).replace(/\s+/g, ' ').trim()));
    expect(listed, `a pack quotation in the popup: ${firstQuote.slice(0, 60)}`).toBeDefined();
    const term = pack.terms.find((t) => t.quoteIds.includes(listed!.id))!;

    const citation = await copyWith(popup, async () => expect(await popup.evaluate(clickButton, 'Copy citation')).toBe(true));
    expect(citation).toEqual(expected({ termId: term.id }));
    expectWellFormed(citation, pack.source.url);

    const quotation = await copyWith(popup, async () => expect(await popup.evaluate(clickButton, 'Copy quotation')).toBe(true));
    expect(quotation).toEqual(expected({ termId: term.id, quoteId: listed!.id }));
    expect(quotation.html).toContain('<a href="');
  }, 40_000);
}, {
  // Firefox asks the user (a "Paste" button) before an extension page may read what another origin (the
  // page's content script) wrote; this test-only pref lets the reader page read without that prompt.
  firefoxPrefs: { 'dom.events.testing.asyncClipboard': true },
});
