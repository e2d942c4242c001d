// A reader's source from start to finish (issue 25), in the real browsers: a served news article is added
// from the popup, its author corrected on the review page by typing and saved; on another page that names
// one of the topic's terms the card shows the source's quotation with the source named, and its citation
// (APA, the default style) copied to the real clipboard names the corrected author; the Sources page's
// export is kept, "Erase everything" on the options page removes the source, and the file imported on the
// Sources page and saved brings it back unchanged.
// The article is the seed article rendered as a news page: none of ../shared/corpus/pages has a quotation
// that names one of the topic's terms (that corpus is not about Xinjiang), and a card shows only those.
import { expect } from 'vitest';
import { seedPage } from '../core/extract/test-support/seed-page.ts';
import { describeWithShared } from '../core/test-support/shared-dir.ts';
import { card, mouseClick, openCard, openScanned, pointAt } from './card-support.ts';
import { clipboardReader, readClipboardHere, type Clip } from './harness/clipboard-reader.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';

/** The corrected author: a name no extraction could have found in the page. */
const GIVEN = 'Ilse';
const FAMILY = 'Vandermeer-Okafor';

/** Page world of an extension page: sends one message to the background, as the pages do. */
function sendFromPage(message: { type: string; data: unknown }): Promise<any> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage(message);
}

/** Extension context: the address of the review tab the popup opened, if any. */
async function reviewTabUrl(): Promise<string> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const tabs: { url?: string }[] = await api.tabs.query({});
  return tabs.map((t) => t.url ?? '').find((u) => u.includes('review.html?draft=')) ?? '';
}

/** Page world: the export's download (a Blob behind an anchor's click) is caught and its text kept. */
function catchDownload(): void {
  const g = globalThis as any;
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob) => {
    g.__blob = blob;
    return createObjectURL(blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const name = this.download;
    void (g.__blob as Blob).text().then((text) => (g.__download = { name, text }));
  };
}

/** Where the open card's item from the reader's source is (its quotation's words), or the fold to open first. */
type ReaderItem = { fold: { x: number; y: number } } | { item: { x: number; y: number }; quote: string; from: string };

/** Extension context: finds, in the open card, the first quotation whose source is labelled as the reader's. */
async function readerItem({ tabId, label, scroll }: { tabId: number; label: string; scroll: boolean }): Promise<ReaderItem | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = (label: string, scroll: boolean) => {
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    const item = [...(el?.querySelectorAll('.cc-item') ?? [])].find((i) => i.querySelector('blockquote') && (i.querySelector('.cc-tag')?.textContent ?? '').startsWith(label));
    if (!item) return null;
    const centre = (e: Element) => {
      // Centred: the card's action row sticks to its foot and would cover an element scrolled to the edge.
      if (scroll) e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      const point = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      // Only a point where the element itself would take the click.
      const hit = (e.getRootNode() as ShadowRoot).elementFromPoint(point.x, point.y);
      return hit && e.contains(hit) ? point : { x: NaN, y: NaN };
    };
    const fold = item.closest('details');
    if (fold && !fold.open) return { fold: centre(fold.querySelector('summary')!) };
    const quote = item.querySelector('blockquote')!;
    return { item: centre(quote), quote: (quote.textContent ?? '').slice(1, -1), from: item.querySelector('.cc-from')?.textContent ?? '' };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe, args: [label, scroll] });
  return first.result;
}

/** Where the reader's item is once scrolled into view and the card has settled where the scroll left it. */
async function settledReaderItem(env: BrowserEnv, tabId: number, label: string): Promise<ReaderItem | null> {
  await env.browser.evaluateInExtension(readerItem, { tabId, label, scroll: true });
  await new Promise((resolve) => setTimeout(resolve, 300));
  return env.browser.evaluateInExtension(readerItem, { tabId, label, scroll: false });
}

/** Extension context: the centre of the open card's button whose text starts with `label`. */
async function cardButtonPoint({ tabId, label }: { tabId: number; label: string }): Promise<{ x: number; y: number } | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = (label: string) => {
    const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
    const button = [...(el?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').trim().startsWith(label));
    if (!button) return null;
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe, args: [label] });
  return first.result;
}

/** The pointer straight to a point, in one move: the items on the way must not become the one cited. */
async function jumpTo(page: HarnessPage, x: number, y: number): Promise<void> {
  if (page.browserName === 'chromium') await page.raw.mouse.move(x, y);
  else await page.raw.mouse.move(x, y);
}

async function openPage(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P, file: string, ready: string): Promise<HarnessPage> {
  const page = track(await env.browser.openExtensionPage(file));
  await pollUntil(() => page.evaluate((sel: string) => !!document.querySelector(sel), ready), (up) => up, { message: `${file}: ${ready}` });
  return page;
}

/** Real typing into a field of an extension page. */
async function typeInto(page: HarnessPage, selector: string, text: string): Promise<void> {
  await page.click(selector);
  if (page.browserName === 'chromium') await page.raw.keyboard.type(text);
  else await page.raw.keyboard.type(text);
}

/** Saves the review page's draft with its Save button and waits for the page to say so. */
async function save(review: HarnessPage): Promise<void> {
  await review.click('.cc-review-actions .cc-primary');
  await pollUntil(() => review.evaluate(() => document.querySelector('.cc-finished')?.textContent ?? ''), (t) => t.includes('Saved'), { message: 'saved' });
}

/** The parts of a kept source a reader would check: what is cited and what is quoted. */
function keptParts(text: string) {
  const pack = JSON.parse(text);
  return { id: pack.id, source: pack.source, quotes: pack.quotes.map((q: any) => ({ id: q.id, text: q.text, speaker: q.speaker, terms: q.terms })) };
}

describeWithShared('a reader’s source from the popup to an imported file', (shared) => {
  const seed = seedPage(shared);
  forEachBrowser(
    (env) => {
      const reader = clipboardReader(env);
      const readClipboard = async (): Promise<Clip> => (await reader()).evaluate(readClipboardHere);

      itWithPages('adds a served article from the popup, corrects its author, cites it from a card, exports, erases and imports it back', async (track) => {
        // 1. The article, served; the popup (aimed at its tab) adds it; the review opens in a tab.
        env.server.setRoute('/sources-flow/article/', { body: seed.html, contentType: 'text/html; charset=utf-8' });
        const article = track(await env.browser.newPage(env.server.url('/sources-flow/article/')));
        const articleTab = await env.browser.tabIdFor(article);
        await article.bringToFront();
        const popup = track(await env.browser.openPopup(articleTab));
        await pollUntil(() => popup.evaluate(() => !!document.querySelector('.cc-add-source button')), (up) => up, { message: "the popup's Add button" });
        await popup.click('.cc-add-source button');
        const reviewUrl = await pollUntil(() => env.browser.evaluateInExtension(reviewTabUrl), (u) => u !== '', { message: 'the review tab the popup opens', timeout: 30_000 });
        const draftId = new URL(reviewUrl).searchParams.get('draft')!;

        // 2. Review: the page's title, no byline (the article has none); the reader adds the author by typing.
        const review = await openPage(env, track, `review.html?draft=${encodeURIComponent(draftId)}`, '#review-title');
        expect(await review.evaluate(() => document.querySelector<HTMLInputElement>('#review-title')!.value)).toBe(seed.metadata.article.title);
        expect(await review.evaluate(() => document.querySelectorAll('[data-quote-id]').length)).toBeGreaterThan(0);
        expect(await review.evaluate(() => document.querySelector('#review-author-0-family'))).toBeNull();
        await review.evaluate(() => {
          const add = document.querySelector<HTMLButtonElement>('[aria-labelledby="review-authors-h"] .cc-inline button')!;
          add.setAttribute('data-add-person', '');
        });
        await review.click('[data-add-person]');
        await pollUntil(() => review.evaluate(() => !!document.querySelector('#review-author-0-family')), (up) => up, { message: 'the new author fields' });
        await typeInto(review, '#review-author-0-given', GIVEN);
        await typeInto(review, '#review-author-0-family', FAMILY);
        const preview = await pollUntil(() => review.evaluate(() => document.querySelector('[data-testid="citation"]')?.textContent ?? ''), (t) => t.includes(FAMILY), { message: 'the citation with the author' });
        expect(preview).toContain(`${FAMILY}, ${GIVEN[0]}.`);
        await save(review);

        const sources = await openPage(env, track, 'sources.html?flow-kept', '#sources-search');
        const listed = await pollUntil(() => sources.evaluate(sendFromPage, { type: 'listSources', data: {} }), (a) => a.sources.length === 1, { message: 'one kept source' });
        const sourceId: string = listed.sources[0].id;

        // 3. A page that names Xinjiang: the card shows the reader's quotation, its source named and labelled.
        const { page, tabId } = await openScanned(env, env.server.demoUrl('?sources-flow'), track);
        const at = await pointAt(page, 'Xinjiang');
        await mouseClick(page, at.x, at.y);
        const open = await openCard(env, tabId, 'the card for Xinjiang');
        expect(open.termId).toBe('xinjiang');
        const label = 'added by you, reviewed on ';
        let found = await settledReaderItem(env, tabId, label);
        expect(found, `a quotation from the reader's source in the card: ${open.sources.join(' | ')}`).not.toBeNull();
        if ('fold' in found!) {
          expect(found.fold.x, 'the fold’s summary clear of the card’s action row').not.toBeNaN();
          await page.screenshot('/tmp/h7-before.png');
          await mouseClick(page, found.fold.x, found.fold.y);
          await page.screenshot('/tmp/h7-after.png');
          const why = await env.browser.evaluateInExtension(async ({ tabId }: { tabId: number }) => {
            const api = (globalThis as any).browser ?? (globalThis as any).chrome;
            const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: () => (globalThis as any)[Symbol.for('context-cards.card')]?.lastTamper ?? 'none' });
            return first.result;
          }, { tabId });
          console.log('TAMPER', env.name, why, JSON.stringify((await card(env, tabId)).shown));
          found = await pollUntil(() => settledReaderItem(env, tabId, label), (f) => !!f && 'item' in f && !Number.isNaN(f.item.x), { message: 'the fold open' });
        }
        const item = found as Extract<ReaderItem, { item: unknown }>;
        expect(item.from).toContain(seed.metadata.article.publisher);
        const exported0 = await sources.evaluate(sendFromPage, { type: 'exportSources', data: { ids: [sourceId] } });
        const keptQuotes: string[] = JSON.parse(exported0.text).quotes.map((q: { text: string }) => q.text);
        expect(keptQuotes.some((q) => item.quote.includes(q.replace(/[.,]$/, '')) || q.includes(item.quote)), `"${item.quote}" among the kept quotations`).toBe(true);

        // 4. Pointing at that quotation makes its source the one cited; the citation copied names the author.
        await jumpTo(page, item.item.x, item.item.y);
        const sentinel = `nothing copied yet (${env.name} sources flow)`;
        await (await reader()).evaluate((t: string) => navigator.clipboard.writeText(t), sentinel);
        await page.bringToFront();
        const button = await env.browser.evaluateInExtension(cardButtonPoint, { tabId, label: 'Copy citation' });
        expect(button, 'the card’s Copy citation button').not.toBeNull();
        await jumpTo(page, button!.x, button!.y);
        await mouseClick(page, button!.x, button!.y);
        const clip = await pollUntil(readClipboard, (c) => c.text !== sentinel, { message: 'the clipboard to change', timeout: 8000 });
        // APA: "Family, G. (2018, …). Title. Site. URL".
        expect(clip.text).toMatch(new RegExp(`^${FAMILY}, ${GIVEN[0]}\\. \\(2018`));
        // The title's words in order: APA sets its inner quotation marks as typographic ones, the full stop inside.
        const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        expect(words(clip.text)).toContain(words(seed.metadata.article.title));
        expect((await card(env, tabId)).shown).toBe(true);

        // 5. Export from the Sources page: the file the page downloads.
        const exporting = await openPage(env, track, 'sources.html?flow-export', '#sources-search');
        await pollUntil(() => exporting.evaluate(() => document.querySelectorAll('[data-source-id]').length), (n) => n === 1, { message: 'the source listed' });
        await exporting.evaluate(catchDownload);
        await exporting.click('.cc-sources .cc-options-section .cc-inline button');
        const download = await pollUntil(() => exporting.evaluate(() => (globalThis as any).__download as { name: string; text: string } | undefined), (d) => !!d, { message: 'the export' });
        const before = keptParts(download!.text);
        expect(before.source.title).toBe(seed.metadata.article.title);
        expect(before.source.authors).toEqual([{ given: GIVEN, family: FAMILY }]);

        // 6. Erase everything from the options page: the source is gone.
        const options = track(await env.browser.openOptions());
        await pollUntil(() => options.evaluate(() => !!document.querySelector('.cc-danger-zone button.cc-danger')), (up) => up, { message: 'the erase button' });
        await options.click('.cc-danger-zone button.cc-danger');
        await options.click('.cc-danger-zone .cc-confirm button.cc-danger');
        await pollUntil(() => options.evaluate(() => document.body.textContent ?? ''), (t) => t.includes('Everything the extension stored was erased.'), { message: 'erased' });
        const afterErase = await openPage(env, track, 'sources.html?flow-erased', '#sources-search');
        expect((await afterErase.evaluate(sendFromPage, { type: 'listSources', data: {} })).sources).toEqual([]);

        // 7. Import the file through the Sources page's file input, review, save: the source is back unchanged.
        await afterErase.evaluate(
          ({ name, text }: { name: string; text: string }) => {
            const input = document.querySelector<HTMLInputElement>('#sources-import')!;
            const files = new DataTransfer();
            files.items.add(new File([text], name, { type: 'application/json' }));
            input.files = files.files;
            input.dispatchEvent(new Event('change', { bubbles: true }));
          },
          download!,
        );
        const href = await pollUntil(() => afterErase.evaluate(() => document.querySelector('[data-import-result] a')?.getAttribute('href') ?? ''), (h) => h !== '', { message: 'the imported draft' });
        const imported = await openPage(env, track, `review.html?draft=${encodeURIComponent(new URL(href).searchParams.get('draft')!)}`, '#review-title');
        expect(await imported.evaluate(() => document.querySelector<HTMLInputElement>('#review-author-0-family')!.value)).toBe(FAMILY);
        await save(imported);
        const back = await pollUntil(() => afterErase.evaluate(sendFromPage, { type: 'listSources', data: {} }), (a) => a.sources.length === 1, { message: 'the source back' });
        const again = await afterErase.evaluate(sendFromPage, { type: 'exportSources', data: { ids: [back.sources[0].id] } });
        expect(keptParts(again.text)).toEqual(before);
        const relisted = await openPage(env, track, 'sources.html?flow-back', '#sources-search');
        const row = await pollUntil(() => relisted.evaluate(() => document.querySelector('[data-source-id]')?.textContent ?? ''), (t) => t !== '', { message: 'the row' });
        expect(row).toContain(seed.metadata.article.title);
      }, 120_000);
    },
    // As in copy.e2e.test.ts: the reader page may read what the content script wrote without Firefox's prompt.
    { firefoxPrefs: { 'dom.events.testing.asyncClipboard': true } },
  );
});
