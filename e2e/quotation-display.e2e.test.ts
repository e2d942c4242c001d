// Issue 21 "Must show", in Chromium and Firefox: a translated quotation carries its note ("CNN's translation")
// in the in-page card and in the popup, and quotations are shown without the sentence punctuation the
// source set inside the closing mark. (The copied quotation is checked in context-menu.e2e.test.ts.)
import { expect } from 'vitest';
import { mouseMove, openCard, openScanned, pointAt } from './card-support.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

interface QuoteView {
  text: string;
  notes: string[];
}

/** Extension context: each quotation of the open card, with its translation notes. */
async function cardQuotes({ tabId }: { tabId: number }): Promise<QuoteView[]> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = () => {
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    return [...(el?.querySelectorAll('.cc-quote') ?? [])].map((q) => ({
      text: q.querySelector('blockquote')?.textContent ?? '',
      notes: [...q.querySelectorAll('.cc-translation')].map((n) => n.textContent ?? ''),
    }));
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe });
  return first.result as QuoteView[];
}

/** Popup page: each key quotation with its translation notes. */
function popupQuotes(): QuoteView[] {
  return [...document.querySelectorAll('#popup-quote-list .cc-quote')].map((q) => ({
    text: q.querySelector('blockquote')?.textContent ?? '',
    notes: [...q.querySelectorAll('.cc-translation')].map((n) => n.textContent ?? ''),
  }));
}

const FIRMLY = /firmly opposed/;

forEachBrowser((env) => {
  itWithPages('marks Lu Kang\'s translated words as CNN\'s translation in the card, and shows them without the closing full stop', async (track) => {
    const { page, tabId } = await openScanned(env, env.server.demoUrl('?translation-card'), track);
    const { x, y } = await pointAt(page, 'Lu Kang');
    await mouseMove(page, x, y);
    await openCard(env, tabId, 'a hover card for Lu Kang');
    const quotes = await pollUntil(() => env.browser.evaluateInExtension(cardQuotes, { tabId }), (qs) => qs.some((q) => FIRMLY.test(q.text)), {
      message: 'the card to show "firmly opposed"',
    });
    const lu = quotes.find((q) => FIRMLY.test(q.text))!;
    expect(lu.notes).toEqual(["CNN's translation"]);
    expect(lu.text).toBe('“firmly opposed to the UK’s use of the so-called Xinjiang issue for any political purpose”');
  });

  itWithPages('marks the translated quotation in the popup, and only that one as CNN\'s', async (track) => {
    const page = track(await env.browser.newPage(env.server.demoUrl('?translation-popup')));
    const tabId = await env.browser.tabIdFor(page);
    await page.bringToFront();
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b !== '', { message: 'the page badge before the popup opens' });
    const popup = track(await env.browser.openPopup(tabId));
    const quotes = await pollUntil(() => popup.evaluate(popupQuotes), (qs) => qs.some((q) => FIRMLY.test(q.text)), { message: 'the popup\'s key quotations', timeout: 8000 });
    expect(quotes.find((q) => FIRMLY.test(q.text))!.notes).toEqual(["CNN's translation"]);
    const hunt = quotes.find((q) => /broadly accurate/.test(q.text))!;
    expect(hunt.notes).toEqual([]);
    // The comma CNN set inside the closing mark is not Hunt's.
    expect(hunt.text.endsWith('broadly accurate”')).toBe(true);
  }, 30_000);
});
