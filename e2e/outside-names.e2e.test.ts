// Issue 22, names the source article never prints (pack 1.5.0): a travel page about Ürümqi lights the city
// with a neutral card, and on demand the full card shows its note marked as background, with no quotation of
// the article; a report on the China Cables gets the full card at once, while "China cables" in trade news
// beside it stays dark (docs/relevance.md).
import { expect } from 'vitest';
import { card, mouseMove, openScanned, pack, pointAt, shippedMessage, step } from './card-support.ts';
import { htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

const TRAVEL = htmlPage(
  'Three days in Ürümqi',
  `<main><article><h1>Three days in Ürümqi</h1>
    <p>Start at the Grand Bazaar, climb Red Hill at sunset and take the bus to Heavenly Lake.</p>
    <p>Urumqi's night market is best after ten; the hotel's vocational training centre trains its own chefs.</p></article></main>`,
);
const FRONT = htmlPage(
  'World news',
  `<main>
    <article><h2>Cable makers ship more</h2><p>Exports of China cables and wires rose as telecom operators expanded fibre networks.</p></article>
    <article><h2>Leaked files</h2><p>The China Cables, leaked to the ICIJ, show how detainees are held in the camps of Xinjiang.</p></article>
  </main>`,
);

/** Extension context: the open card's note, as the reader sees it. */
async function readNote({ tabId }: { tabId: number }): Promise<string | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: () => (globalThis as any)[Symbol.for('context-cards.card')]?.element?.querySelector('.cc-note')?.textContent ?? null,
  });
  return first.result as string | null;
}

/** The note of a shipped term as the card shows it: each sentence resting on background is marked so. */
function shownNote(termId: string): string {
  const term = (pack as unknown as { terms: { id: string; note: { text: string }[] }[] }).terms.find((t) => t.id === termId)!;
  const marker = ` (${shippedMessage('en', 'card_background')})`;
  return term.note.map((s) => `${s.text}${marker}`).join(' ');
}

forEachBrowser((env) => {
  itWithPages('lights Ürümqi on a travel page with a neutral card; its full card shows the background note and no quotation', async (track) => {
    env.server.setRoute('/outside/travel.html', { body: TRAVEL });
    const { page, tabId } = await openScanned(env, env.server.url('/outside/travel.html'), track);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 2, { message: 'the city lit' });
    expect(texts).toEqual(['Ürümqi', "Urumqi's"]);
    await step(env, tabId, 1);
    const neutral = await pollUntil(() => card(env, tabId), (s) => s.shown && s.state === 'neutral', { message: 'the neutral card' });
    expect(neutral.termId).toBe('urumqi');
    expect(neutral.heading).toBe('Ürümqi');
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    const full = await pollUntil(() => card(env, tabId), (s) => s.shown && s.state === 'ready', { message: 'the full card on demand' });
    expect(full.termId).toBe('urumqi');
    expect(full.quotes).toEqual([]);
    expect(full.dates).toEqual([]);
    expect(await env.browser.evaluateInExtension(readNote, { tabId })).toBe(shownNote('urumqi'));
    // The hotel's training centre was found and is held back: still dark.
    expect(await env.browser.highlightTexts(page)).toEqual(['Ürümqi', "Urumqi's"]);
  });

  itWithPages('gives the China Cables the full card in a report, and leaves China cables in trade news dark', async (track) => {
    env.server.setRoute('/outside/front.html', { body: FRONT });
    const { page, tabId } = await openScanned(env, env.server.url('/outside/front.html'), track);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 2, { message: 'the report lit' });
    expect(texts).toEqual(['China Cables', 'Xinjiang']);
    const { x, y } = await pointAt(page, 'China Cables');
    await mouseMove(page, x, y);
    const open = await pollUntil(() => card(env, tabId), (s) => s.shown && s.state === 'ready', { message: 'the full card' });
    expect(open.termId).toBe('china-cables');
    expect(open.quotes).toEqual([]);
    expect(await env.browser.evaluateInExtension(readNote, { tabId })).toBe(shownNote('china-cables'));
  });
});
