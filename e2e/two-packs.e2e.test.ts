// Two packs installed (docs/decisions/002): the shipped pack and a small fixture pack (test-fixtures/packs),
// which has a term of its own and a term whose id, `cerd`, the shipped pack uses for another term. Both
// packs' terms are found and highlighted; each card shows its own pack's content and citation; muting one
// pack's `cerd` leaves the other's lit; counts are kept per pack. The fixture reaches the extension as a
// shipped pack would: a copy of the production build lists it in packs/index.json beside the shipped one, and
// the background reads and validates it like any pack. The shipped build lists only the shipped pack.
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import { copyStrings } from '../core/cite/pack-citation.ts';
import { DEFAULT_STYLE } from '../core/cite/styles.ts';
import { loadPack } from '../core/pack/load-pack.ts';
import type { ContextPack } from '../core/pack/schema.ts';
import { quotationAsShown } from '../core/pack/quote-display.ts';
import { card, closedCard, expectedQuotes, mouseClick, openCard, openScanned, pointAt } from './card-support.ts';
import { htmlPage } from './content-world.ts';
import { BROWSER_NAMES, forEachBrowser, itWithPages, type BrowserEnv, type BrowserName, type HarnessPage } from './harness/browsers.ts';
import { repoRoot } from './harness/paths.ts';
import { pollUntil } from './harness/poll.ts';
import { defaultExtensionDir } from './harness/skip.ts';
import { storedSettingsWithLists } from './private-lists-support.ts';

const read = (file: string): ContextPack => {
  const result = loadPack(readFileSync(path.join(repoRoot, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return result.pack;
};
const SHIPPED_FILE = 'public/packs/cnn-2018-uk-xinjiang.json';
const FIXTURE_FILE = 'test-fixtures/packs/fixture-harbour-2020.json';
const shipped = read(SHIPPED_FILE);
const fixture = read(FIXTURE_FILE);
const key = (pack: ContextPack, termId: string) => `${pack.id}/${termId}`;

/** A copy of a browser's production build with the fixture pack installed beside the shipped one; undefined
 * without a build (the harness then skips that browser loudly). */
function buildWithFixture(name: BrowserName): string | undefined {
  const from = defaultExtensionDir(name);
  if (!existsSync(path.join(from, 'manifest.json'))) return undefined;
  const dir = mkdtempSync(path.join(tmpdir(), `cc-two-packs-${name}-`));
  cpSync(from, dir, { recursive: true });
  copyFileSync(path.join(repoRoot, FIXTURE_FILE), path.join(dir, 'packs', `${fixture.id}.json`));
  writeFileSync(path.join(dir, 'packs', 'index.json'), JSON.stringify({ packs: [shipped.id, fixture.id] }));
  return dir;
}
const builds = Object.fromEntries(BROWSER_NAMES.map((name) => [name, buildWithFixture(name)]).filter(([, dir]) => dir)) as Partial<Record<BrowserName, string>>;
afterAll(() => {
  for (const dir of Object.values(builds)) rmSync(dir!, { recursive: true, force: true });
});

const SHIPPED_CERD = 'Committee on the Elimination of Racial Discrimination';
const FIXTURE_CERD = 'Coastal Erosion Research Directorate';
const PAGE = htmlPage(
  'Two packs',
  `<p>In Xinjiang, people were detained in camps, the ${SHIPPED_CERD} said. At the harbour, the ${FIXTURE_CERD} inspected the tidewater barrier.</p>`,
);

/** Extension context: the top frame's mention counts by term key. */
async function countsIn(tabId: number): Promise<Record<string, number>> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const mentions = await api.tabs.sendMessage(tabId, { type: 'getMentions', data: {} }, { frameId: 0 });
  return mentions?.counts ?? {};
}

/** Extension context: sends `message` to the background from the content script world of a tab's top frame. */
async function sendFromContentWorld({ tabId, message }: { tabId: number; message: unknown }): Promise<unknown> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const func = (message: unknown) => ((globalThis as any).browser ?? (globalThis as any).chrome).runtime.sendMessage(message);
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func, args: [message] });
  return first.result;
}

/** Extension context: the centre of the open card's action button whose text matches `pattern`. */
async function cardButton({ tabId, pattern }: { tabId: number; pattern: string }): Promise<{ x: number; y: number } | null> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const [first] = await api.scripting.executeScript({
    target: { tabId },
    world: 'ISOLATED',
    func: (pattern: string) => {
      const el: HTMLElement | null = (globalThis as any)[Symbol.for('context-cards.card')]?.element ?? null;
      const button = [...(el?.querySelectorAll('.cc-actions button') ?? [])].find((b) => new RegExp(pattern, 'i').test(b.textContent ?? ''));
      const r = button?.getBoundingClientRect();
      return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    },
    args: [pattern],
  });
  return first.result;
}

/** Popup page world: the mention list's counts, by the term's pack and id. */
function popupCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of document.querySelectorAll('.cc-mention[data-term-id]')) {
    counts[`${b.getAttribute('data-pack-id')}/${b.getAttribute('data-term-id')}`] = Number((b.querySelector('.cc-count')?.textContent ?? '').replace(/[^\d]/g, ''));
  }
  return counts;
}

forEachBrowser(
  (env: BrowserEnv) => {
    const open = async (track: <P extends HarnessPage>(p: P) => P) => {
      env.server.setRoute('/two-packs.html', { body: PAGE });
      const opened = await openScanned(env, env.server.url('/two-packs.html'), track);
      await pollUntil(() => env.browser.badgeText(opened.tabId), (b) => b === '4', { message: 'four mentions on the badge' });
      return opened;
    };

    itWithPages('finds and highlights both packs\' terms, and counts each pack\'s term of the same id apart', async (track) => {
      const { page, tabId } = await open(track);
      expect((await env.browser.highlightTexts(page)).sort()).toEqual([FIXTURE_CERD, SHIPPED_CERD, 'Xinjiang', 'tidewater barrier'].sort());
      expect(await env.browser.evaluateInExtension(countsIn, tabId)).toEqual({
        [key(shipped, 'xinjiang')]: 1,
        [key(shipped, 'cerd')]: 1,
        [key(fixture, 'cerd')]: 1,
        [key(fixture, 'tidewater-barrier')]: 1,
      });
      const popup = track(await env.browser.openPopup(tabId));
      const listed = await pollUntil(() => popup.evaluate(popupCounts), (c) => Object.keys(c).length === 4, { message: 'the popup lists four terms' });
      expect(listed).toEqual({ [key(shipped, 'xinjiang')]: 1, [key(shipped, 'cerd')]: 1, [key(fixture, 'cerd')]: 1, [key(fixture, 'tidewater-barrier')]: 1 });
    });

    itWithPages('opens each card with its own pack\'s term, quotations and citation', async (track) => {
      const { page, tabId } = await open(track);
      const citation = (packId: string) =>
        env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'cardCopy', data: { packId, termId: 'cerd' } } }) as Promise<{ text: string } | null>;
      const expected = (pack: ContextPack) => copyStrings([shipped, fixture], { packId: pack.id, termId: 'cerd' }, DEFAULT_STYLE, new Date())!.text;

      let at = await pointAt(page, FIXTURE_CERD);
      await mouseClick(page, at.x, at.y);
      const theirs = await openCard(env, tabId, 'the fixture pack\'s CERD card');
      expect([theirs.termId, theirs.heading]).toEqual(['cerd', fixture.terms.find((t) => t.id === 'cerd')!.label]);
      expect(theirs.quotes).toEqual(['our survey found the dunes retreating every winter']);
      expect(theirs.sources.every((s) => s.includes(fixture.source.publisher))).toBe(true);
      expect((await citation(fixture.id))?.text).toBe(expected(fixture));
      expect(expected(fixture)).toContain('Harbour board says the tidewater barrier will be raised');
      await page.press('Escape');
      await closedCard(env, tabId);

      at = await pointAt(page, SHIPPED_CERD);
      await mouseClick(page, at.x, at.y);
      const ours = await openCard(env, tabId, 'the shipped pack\'s CERD card');
      expect([ours.termId, ours.heading]).toEqual(['cerd', shipped.terms.find((t) => t.id === 'cerd')!.label]);
      expect(ours.quotes.slice(0, expectedQuotes('cerd').length)).toEqual(expectedQuotes('cerd'));
      expect(ours.quotes).not.toContain(quotationAsShown(fixture.quotes.find((q) => q.id === 'directorate-survey')!));
      expect((await citation(shipped.id))?.text).toBe(expected(shipped));
      expect(expected(shipped)).toContain(shipped.source.url);
    });

    itWithPages('mutes one pack\'s term from its card and leaves the other pack\'s term of the same id lit', async (track) => {
      const { page, tabId } = await open(track);
      const at = await pointAt(page, FIXTURE_CERD);
      await mouseClick(page, at.x, at.y);
      await pollUntil(() => card(env, tabId), (c) => c.shown && c.heading === FIXTURE_CERD, { message: 'the fixture pack\'s CERD card' });
      const mute = await pollUntil(() => env.browser.evaluateInExtension(cardButton, { tabId, pattern: 'not about this topic' }), (p) => p !== null, { message: 'the card\'s "Not about this topic here"' });
      await mouseClick(page, mute!.x, mute!.y);
      await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '3', { message: 'three mentions left on the badge' });
      expect((await env.browser.highlightTexts(page)).sort()).toEqual([SHIPPED_CERD, 'Xinjiang', 'tidewater barrier'].sort());
      expect(await env.browser.evaluateInExtension(countsIn, tabId)).toEqual({ [key(shipped, 'xinjiang')]: 1, [key(shipped, 'cerd')]: 1, [key(fixture, 'tidewater-barrier')]: 1 });
      const stored = await env.browser.evaluateInExtension(storedSettingsWithLists);
      expect(stored?.mutedTerms).toEqual({ '127.0.0.1': [key(fixture, 'cerd')] });
      // Unmuted again, as the options page does: both are lit.
      await env.browser.evaluateInExtension(sendFromContentWorld, { tabId, message: { type: 'muteTerm', data: { site: '127.0.0.1', termKey: key(fixture, 'cerd'), muted: false } } });
      await pollUntil(() => env.browser.badgeText(tabId), (b) => b === '4', { message: 'four mentions again' });
    });
  },
  { extensionDirs: builds },
);
