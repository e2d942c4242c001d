// Issue 22, pages about Xinjiang that are not about detention: on a travel page the place and people names
// light with a neutral card (reached and used from the keyboard) and "vocational training centre" stays
// dark; a detention report still lights its weak term and gets the camps card; a history section about
// another sense of the names (the Uyghur Khaganate) stays dark beside it (docs/relevance.md).
import { expect } from 'vitest';
import { card, expectedQuotes, mouseMove, openScanned, pointAt, shippedMessage, step } from './card-support.ts';
import { htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

const TRAVEL = htmlPage(
  'Autumn in Xinjiang',
  `<main><article><h1>Autumn in Xinjiang</h1>
    <p>The Sunday bazaar sells melons and carpets, and Uyghur musicians play the dutar for visitors.</p>
    <p>The tourism board's vocational training centre certifies local guides every spring.</p></article></main>`,
);
const NEWS = htmlPage(
  'Inside the camps',
  `<main><article><h1>Inside the camps in Xinjiang</h1>
    <p>Uyghurs have been detained by the hundred thousand in what officials call vocational training centres.</p></article></main>`,
);

const HISTORY_AND_NEWS = htmlPage(
  'Steppe empires, and the camps today',
  `<main><section><h2>Steppe empires</h2>
    <p>The Uyghur Khaganate ruled the steppe from 744 to 840. After its fall the Uyghurs moved to Turpan, in today's Xinjiang.</p></section>
    <section><h2>Inside the camps</h2>
    <p>Uyghurs have been detained by the hundred thousand in Xinjiang, in what officials call vocational training centres.</p></section></main>`,
);

forEachBrowser((env) => {
  itWithPages('gives the names of a travel page a neutral card, and leaves its training centre dark', async (track) => {
    env.server.setRoute('/neutral/travel.html', { body: TRAVEL });
    const { page, tabId } = await openScanned(env, env.server.url('/neutral/travel.html'), track);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 2, { message: 'the names lit' });
    expect(texts).toEqual(['Xinjiang', 'Uyghur']);
    // From the keyboard: the next-mention command opens the first name's card, focused.
    await step(env, tabId, 1);
    const neutral = await pollUntil(() => card(env, tabId), (s) => s.shown && s.state === 'neutral', { message: 'the neutral card' });
    expect(neutral.termId).toBe('xinjiang');
    expect(neutral.heading).toBe('Xinjiang');
    expect(neutral.quotes).toEqual([]);
    expect(neutral.buttons).toEqual([shippedMessage('en', 'card_neutralShowSource')]);
    expect(neutral.focused).toBe(true);
    // Tab reaches the close button, then the button that shows the source's content anyway.
    await page.press('Tab');
    await page.press('Tab');
    await page.press('Enter');
    const full = await pollUntil(() => card(env, tabId), (s) => s.shown && s.quotes.length > 0, { message: 'the source content on demand' });
    expect(full.termId).toBe('xinjiang');
    expect(full.quotes).toEqual(expectedQuotes('xinjiang'));
    expect(full.focused).toBe(true);
    // The weak term was found and is held back, not missed: it is still dark after the card.
    expect(await env.browser.highlightTexts(page)).toEqual(['Xinjiang', 'Uyghur']);
  });

  itWithPages('still gives a detention report its weak term and the camps card', async (track) => {
    env.server.setRoute('/neutral/news.html', { body: NEWS });
    const { page, tabId } = await openScanned(env, env.server.url('/neutral/news.html'), track);
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => t.length >= 3, { message: 'the report lit' });
    expect(texts).toEqual(['Xinjiang', 'Uyghurs', 'vocational training centres']);
    const { x, y } = await pointAt(page, 'Uyghurs');
    await mouseMove(page, x, y);
    const open = await pollUntil(() => card(env, tabId), (s) => s.shown && s.quotes.length > 0, { message: 'the camps card' });
    expect(open.termId).toBe('uyghur');
    expect(open.state).toBe('ready');
    expect(open.quotes).toEqual(expectedQuotes('uyghur'));
  });

  itWithPages('leaves a history section about the Uyghur Khaganate dark beside a detention report', async (track) => {
    env.server.setRoute('/neutral/history.html', { body: HISTORY_AND_NEWS });
    const { page } = await openScanned(env, env.server.url('/neutral/history.html'), track);
    const expected = ['Uyghurs', 'Xinjiang', 'vocational training centres'];
    const texts = await pollUntil(() => env.browser.highlightTexts(page), (t) => JSON.stringify(t) === JSON.stringify(expected), {
      message: 'only the report lit',
    });
    expect(texts).toEqual(expected);
    // Still so once the page has settled (the region words come from the background after the first scan).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await env.browser.highlightTexts(page)).toEqual(expected);
  });
});
