// Issue 4, text as the reader sees it: soft hyphens and zero-width characters inside a word, a word split
// across inline elements, ruby annotations skipped, and text the reader cannot see (display:none,
// visibility:hidden, a closed <details>) neither highlighted nor counted. Then "Not about this topic
// here" from a card mutes a term on this site only, at once, and the options page can undo it.
import { expect } from 'vitest';
import { card, openScanned, pointAt, mouseClick, mouseMove } from './card-support.ts';
import { htmlPage } from './content-world.ts';
import { forEachBrowser, itWithPages } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

const BODY = `
<p id="visible">Reporting from Xinjiang this week.</p>
<p>Hyphenated by the page: Xin\u00ADjiang. Joined with a zero-width space: Uy\u200Bghur.</p>
<p>Split by markup: Xin<b>jiang</b>.</p>
<p lang="zh">注音：<ruby>新<rt>xīn</rt>疆<rt>jiāng</rt></ruby>。</p>
<p style="display:none">Hidden: Kashgar.</p>
<p style="visibility:hidden">Invisible: Kashgar.</p>
<details><summary>More</summary><p>Folded away: Kashgar.</p></details>
`;

/** Page world: each highlighted range's text, with the text of <rt> annotations left out. */
function highlightedWords(name: string): string[] {
  const hl = (CSS as any).highlights.get(name) as Iterable<StaticRange> | undefined;
  return [...(hl ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const copy = range.cloneContents();
    copy.querySelectorAll('rt').forEach((rt) => rt.remove());
    return copy.textContent ?? '';
  });
}

forEachBrowser((env) => {
  /** The tab's mention highlight name (random per document), from the content script. */
  const ourName = async (tabId: number) => (await env.browser.highlightNames(tabId))[0] ?? '';
  itWithPages('matches through soft hyphens, zero-width characters, inline markup and ruby, and counts only visible text', async (track) => {
    env.server.setRoute('/page-text.html', { body: htmlPage('Text as read', BODY) });
    const { page, tabId } = await openScanned(env, env.server.url('/page-text.html'), track);
    const words = await pollUntil(async () => page.evaluate(highlightedWords, await ourName(tabId)), (w) => w.length >= 5, { message: 'the highlights' });
    expect(words.sort()).toEqual(['Uy\u200Bghur', 'Xin\u00ADjiang', 'Xinjiang', 'Xinjiang', '新疆'].sort());
    expect(words.join(' ')).not.toContain('Kashgar');
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '5', { message: 'five visible mentions on the badge' });
  });

  itWithPages('keeps scanning past a mention whose paragraph ends in an empty text node, as frameworks leave them', async (track) => {
    // The parser never makes empty text nodes; the page's own script does, before the first scan.
    const build = "for (const t of ['Reports from Xinjiang.', 'Nothing here.', 'Markets of Kashgar.', 'Uyghur poets.']) { const p = document.createElement('p'); p.append(t, ''); document.body.append(p); }";
    env.server.setRoute('/empty-nodes.html', { body: htmlPage('Empty text nodes', `<p>Start.</p><script>${build}</script>`) });
    const { page, tabId } = await openScanned(env, env.server.url('/empty-nodes.html'), track);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '3', { message: 'all three mentions counted' });
    expect((await page.evaluate(highlightedWords, await ourName(tabId))).sort()).toEqual(['Kashgar', 'Uyghur', 'Xinjiang']);
  });

  itWithPages('counts text the reader reveals (an opened <details>, an unhidden panel) and stops counting it when hidden again', async (track) => {
    const body = '<p>Shown: Xinjiang.</p><details id="d"><summary>More</summary><p>Folded away: Kashgar.</p></details><div id="tab" hidden><p>A tab panel: Uyghur poets.</p></div><button id="b">Show the panel</button>';
    env.server.setRoute('/reveal.html', { body: htmlPage('Reveal', body, { head: '<script>addEventListener("click", (e) => { if (e.target.id === "b") document.getElementById("tab").hidden = false; });</script>' }) });
    const { page, tabId } = await openScanned(env, env.server.url('/reveal.html'), track);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '1', { message: 'only the visible mention counted' });
    // The reader opens the <details>: its mention is shown and counted.
    await page.click('summary');
    await pollUntil(async () => page.evaluate(highlightedWords, await ourName(tabId)), (w) => w.includes('Kashgar'), { message: 'the revealed mention highlighted' });
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '2', { message: 'the revealed mention counted' });
    // A page script unhides a panel on a click (an attribute change, which the scanner does not watch).
    await page.click('#b');
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '3', { message: 'the unhidden panel counted' });
    // Folded again: no longer counted.
    await page.click('summary');
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '2', { message: 'the folded mention no longer counted' });
    expect((await page.evaluate(highlightedWords, await ourName(tabId))).sort()).toEqual(['Uyghur', 'Xinjiang']);
  });

  itWithPages('mutes a term on this site from the card, at once, and only that term', async (track) => {
    env.server.setRoute('/mute.html', { body: htmlPage('Mute', '<p>Xinjiang and Kashgar: reports of mass detention.</p><p>Kashgar again.</p>') });
    const { page, tabId } = await openScanned(env, env.server.url('/mute.html'), track);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '3', { message: 'three mentions' });
    const at = await pointAt(page, 'Kashgar');
    await mouseMove(page, at.x, at.y);
    await pollUntil(() => card(env, tabId), (c) => c.shown && c.termId === 'kashgar', { message: 'the Kashgar card' });
    expect((await card(env, tabId)).buttons.some((b) => /not about this topic/i.test(b))).toBe(true);
    // The card's shadow root is closed to the page: its button is found in the content script's world, and
    // pressed with a real click (the card ignores clicks a script makes up).
    const target = await env.browser.evaluateInExtension(
      async ({ tabId }: { tabId: number }) => {
        const api = (globalThis as any).browser ?? (globalThis as any).chrome;
        const [result] = await api.scripting.executeScript({
          target: { tabId },
          world: 'ISOLATED',
          func: () => {
            const cards = (globalThis as any)[Symbol.for('context-cards.card')];
            const buttons = [...(cards?.element?.querySelectorAll('.cc-actions button') ?? [])] as HTMLButtonElement[];
            const rect = buttons.find((b) => /not about this topic/i.test(b.textContent ?? ''))?.getBoundingClientRect();
            return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
          },
        });
        return result?.result ?? null;
      },
      { tabId },
    );
    expect(target, 'the card shows "Not about this topic here"').not.toBeNull();
    await mouseClick(page, target!.x, target!.y);
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '1', { message: 'only Xinjiang left on the badge' });
    expect(await page.evaluate(highlightedWords, await ourName(tabId))).toEqual(['Xinjiang']);
    const stored = (await env.browser.evaluateInExtension(storedSettingsWithLists))?.mutedTerms;
    expect(stored).toEqual({ '127.0.0.1': ['cnn-2018-uk-xinjiang/kashgar'] });
    // Undo, as the options page does: the mentions come back without a reload.
    await env.browser.evaluateInExtension(async () => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...settings, mutedTerms: {} } });
    });
    await page.bringToFront();
    await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '3', { message: 'Kashgar back after unmuting' });
  });
});
