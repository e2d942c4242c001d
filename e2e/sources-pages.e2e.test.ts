// The Sources and review pages of the built extension, with the background's real sources handlers: import a
// file, review and correct it, save, find it listed, export it, delete and undo by keyboard; axe-core finds
// nothing in light and dark; the keyboard alone reaches every control, each with a visible focus.
import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { testPack } from '../components/sources/test-draft.ts';
import { forEachBrowser, itWithPages, type BrowserEnv, type HarnessPage } from './harness/browsers.ts';
import { SHOTS } from './harness/paths.ts';
import { pollUntil } from './harness/poll.ts';
import { axeViolations, fullScreenshot } from './popup-support.ts';

mkdirSync(SHOTS, { recursive: true });

/** An extracted pack of the extension's topic, linked to one of its terms: what a reader might share. */
function sharedPackText(id: string): string {
  return JSON.stringify({ ...testPack(), id, topic: { id: 'xinjiang-detention', label: 'Xinjiang and the detention of Uyghurs' } });
}

/** Page world of an extension page: sends one message to the background, as the pages do. */
function sendFromPage(message: { type: string; data: unknown }): Promise<any> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  return api.runtime.sendMessage(message);
}

async function openPage(env: BrowserEnv, track: <P extends HarnessPage>(p: P) => P, file: string, ready: string): Promise<HarnessPage> {
  const page = track(await env.browser.openExtensionPage(file));
  await pollUntil(() => page.evaluate((sel: string) => !!document.querySelector(sel), ready), (up) => up, { message: `${file}: ${ready}` });
  return page;
}

/** Imports a pack through the background (the real importSources handler) and returns its draft's id. */
async function importDraft(page: HarnessPage, id: string): Promise<string> {
  const answer = await page.evaluate(sendFromPage, { type: 'importSources', data: { text: sharedPackText(id) } });
  expect(answer.refused).toEqual([]);
  return answer.draftIds[0] as string;
}

/** Keeps a source as it was imported: a draft saved through the real handlers. */
async function keepSource(page: HarnessPage, id: string): Promise<void> {
  const draftId = await importDraft(page, id);
  const { draft } = await page.evaluate(sendFromPage, { type: 'getDraft', data: { draftId } });
  const saved = await page.evaluate(sendFromPage, { type: 'saveDraft', data: { draftId, pack: draft.pack } });
  expect(saved.ok).toBe(true);
}

/** Page world: gives each control a number and lists them (enabled, shown). */
function markControls(): number {
  const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
    (el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
  controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
  (document.activeElement as HTMLElement | null)?.blur();
  return controls.length;
}

/** Page world: the focused control's number, and whether its focus ring shows. */
function focused(): { kb: string | null; ring: boolean; what: string } {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return { kb: null, ring: false, what: '' };
  const style = getComputedStyle(el);
  const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${el.getAttribute('type') ?? ''}] "${(el.textContent ?? '').trim().slice(0, 30)}" ${el.matches(':focus-visible')} ${style.outlineStyle} ${style.outlineWidth}`;
  // Chromium's date field has a picker button of its own after its parts: focused, the field is no longer
  // :focus, and the ring the browser draws on that button is out of reach of getComputedStyle.
  const pickerButton = el.matches('input[type=date]') && !el.matches(':focus');
  return { kb: el.getAttribute('data-kb'), ring: pickerButton || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1), what };
}

/** Presses Tab until every control has had the focus (or far too many presses); returns the ones never reached. */
async function unreachedByTab(page: HarnessPage): Promise<{ missed: number[]; withoutRing: string[] }> {
  const count = await page.evaluate(markControls);
  expect(count).toBeGreaterThan(3);
  const reached = new Set<string>();
  const withoutRing = new Set<string>();
  for (let i = 0; i < count * 4 + 10 && reached.size < count; i++) {
    await page.press('Tab');
    const now = await page.evaluate(focused);
    if (now.kb === null) continue;
    reached.add(now.kb);
    if (!now.ring) withoutRing.add(now.what);
  }
  const missed = [...Array(count).keys()].filter((i) => !reached.has(String(i)));
  return { missed, withoutRing: [...withoutRing] };
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

forEachBrowser((env) => {
  itWithPages('imports a file, reviews and corrects it, saves, lists it as reviewed, exports it, and deletes with undo by keyboard', async (track) => {
    let sources = await openPage(env, track, 'sources.html?flow', '#sources-search');
    // The file goes through the page's own file input, as a reader's would.
    await sources.evaluate((text: string) => {
      const input = document.querySelector<HTMLInputElement>('#sources-import')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'shared.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, sharedPackText('x-shared-harbour'));
    const href = await pollUntil(() => sources.evaluate(() => document.querySelector('[data-import-result] a')?.getAttribute('href') ?? ''), (h) => h !== '', { message: 'the imported draft listed' });
    const draftId = new URL(href).searchParams.get('draft')!;

    const review = await openPage(env, track, `review.html?draft=${encodeURIComponent(draftId)}`, '#review-title');
    const label = await review.evaluate(() => document.querySelector('.cc-provenance')!.textContent);
    expect(label).toContain('Imported from a file: evidence not verified on this device');
    expect(await review.evaluate(() => document.querySelectorAll('[data-quote-id]').length)).toBe(3);
    // Imported: the page is not open here, so nothing offers to show it.
    expect(await review.evaluate(() => document.querySelectorAll('button[aria-label^="Show in page"]').length)).toBe(0);
    await review.evaluate(() => {
      const family = document.querySelector<HTMLInputElement>('#review-author-0-family')!;
      family.value = 'Ruiz Soto';
      family.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const citation = await review.evaluate(() => document.querySelector('[data-testid="citation"]')!.textContent);
    expect(citation).toContain('Ruiz Soto, A.');
    // Nothing is kept before Save.
    expect((await sources.evaluate(sendFromPage, { type: 'listSources', data: {} })).sources).toEqual([]);
    await review.click('.cc-review-actions .cc-primary');
    await pollUntil(() => review.evaluate(() => document.querySelector('.cc-finished')?.textContent ?? ''), (t) => t.includes('Saved'), { message: 'saved' });

    // A fresh Sources page (Firefox reports no reload of an extension page as finished).
    sources = await openPage(env, track, 'sources.html?flow-after', '#sources-search');
    const provenance = await pollUntil(() => sources.evaluate(() => document.querySelector('[data-source-id] [data-provenance]')?.textContent ?? ''), (t) => t !== '', { message: 'the kept source listed' });
    expect(provenance).toMatch(/^Imported from a file · reviewed by you on /);

    await sources.evaluate(catchDownload);
    await sources.click('.cc-sources .cc-options-section .cc-inline button');
    const download = await pollUntil(() => sources.evaluate(() => (globalThis as any).__download as { name: string; text: string } | undefined), (d) => !!d, { message: 'the export' });
    expect(download!.name).toMatch(/\.json$/);
    expect(JSON.parse(download!.text).source.authors).toEqual([{ given: 'Ana', family: 'Ruiz Soto' }]);

    // Delete and undo with the keyboard alone: the Undo button takes the focus.
    await sources.evaluate(() => document.querySelector<HTMLElement>('[data-source-id] .cc-row-actions button:last-of-type')!.focus());
    await sources.press('Enter');
    await pollUntil(() => sources.evaluate(() => document.activeElement?.closest('.cc-toast') !== null), (ok) => ok, { message: 'the focus on Undo' });
    await pollUntil(() => sources.evaluate(() => document.querySelectorAll('[data-source-id]').length), (n) => n === 0, { message: 'the row gone' });
    await sources.press('Enter');
    await pollUntil(() => sources.evaluate(() => document.querySelectorAll('[data-source-id]').length), (n) => n === 1, { message: 'the source back' });
  }, 60_000);
});

for (const colorScheme of ['light', 'dark'] as const) {
  forEachBrowser(
    (env) => {
      itWithPages(`Sources and review pages (${colorScheme}): no axe violations, every control reached by Tab with a visible focus`, async (track) => {
        const sources = await openPage(env, track, `sources.html?axe-${colorScheme}`, '#sources-search');
        await keepSource(sources, `x-kept-${colorScheme}`);
        const draftId = await importDraft(sources, `x-draft-${colorScheme}`);
        const listed = await openPage(env, track, `sources.html?axe-${colorScheme}-listed`, '#sources-search');
        await pollUntil(() => listed.evaluate(() => document.querySelectorAll('[data-source-id]').length), (n) => n > 0, { message: 'the list' });
        await fullScreenshot(listed, `${SHOTS}/sources-${env.name}-${colorScheme}.png`, 760);
        expect(await axeViolations(listed)).toEqual([]);
        expect(await unreachedByTab(listed)).toEqual({ missed: [], withoutRing: [] });

        const review = await openPage(env, track, `review.html?draft=${encodeURIComponent(draftId)}`, '#review-title');
        await fullScreenshot(review, `${SHOTS}/review-${env.name}-${colorScheme}.png`, 760);
        expect(await axeViolations(review)).toEqual([]);
        expect(await unreachedByTab(review)).toEqual({ missed: [], withoutRing: [] });
      }, 90_000);
    },
    { colorScheme },
  );
}

forEachBrowser(
  (env) => {
    itWithPages('shows the Sources and review pages in Simplified Chinese, with no axe violations', async (track) => {
      const sources = await openPage(env, track, 'sources.html?zh', '#sources-search');
      expect(await sources.evaluate(() => document.querySelector('h1')!.textContent)).toBe('你的来源');
      const draftId = await importDraft(sources, 'x-draft-zh');
      const review = await openPage(env, track, `review.html?draft=${encodeURIComponent(draftId)}`, '#review-title');
      expect(await review.evaluate(() => document.querySelector('h1')!.textContent)).toBe('审核来源');
      expect(await review.evaluate(() => document.querySelector('.cc-provenance')!.textContent)).toContain('从文件导入：证据未在此设备上核实');
      expect(await axeViolations(review)).toEqual([]);
      expect(await axeViolations(sources)).toEqual([]);
    }, 60_000);
  },
  { locale: 'zh-CN' },
);

forEachBrowser((env) => {
  itWithPages('the popup offers "Add this page as a source" and says why a page it cannot read is refused', async (track) => {
    // The extension's own page is one no extension can read as an article: it is refused, with the reason.
    const own = await openPage(env, track, 'sources.html?popup-refusal', '#sources-search');
    // Its own tab id, asked from the page (Firefox reports an extension page's address late to the driver).
    const tabId = await own.evaluate(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.getCurrent()) as { id: number }).id);
    const popup = track(await env.browser.openPopup(tabId));
    await pollUntil(() => popup.evaluate(() => !!document.querySelector('.cc-add-source button')), (up) => up, { message: 'the popup\'s Add button' });
    await popup.click('.cc-add-source button');
    const alert = await pollUntil(() => popup.evaluate(() => document.querySelector('.cc-add-source [role="alert"]')?.textContent ?? ''), (text) => text !== '', { message: 'the refusal' });
    expect(alert).toMatch(/^This page cannot be added: \S/);
    expect((await own.evaluate(sendFromPage, { type: 'listSources', data: {} })).sources).toEqual([]);
  }, 40_000);
});
