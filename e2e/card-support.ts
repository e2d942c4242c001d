// Helpers shared by the card's end-to-end tests: read the open card from the content script's isolated
// world, find a mention's position in the page, move and click the real pointer, step between mentions.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { quotationAsShown } from '../core/pack/quote-display.ts';
import { waitForFirstScan } from './content-world.ts';
import type { BrowserEnv, HarnessPage } from './harness/browsers.ts';
import { pollUntil } from './harness/poll.ts';
import { repoRoot } from './harness/paths.ts';

export { SHOTS } from './harness/paths.ts';

export const pack = JSON.parse(readFileSync(path.join(repoRoot, 'public/packs/cnn-2018-uk-xinjiang.json'), 'utf8')) as {
  terms: { id: string; label: string; quoteIds: string[] }[];
  quotes: { id: string; text: string; lang: string; partial: boolean }[];
};

/** The quotations a card for `termId` shows from the curated source: the term's own, in its curated order. */
export function expectedQuotes(termId: string): string[] {
  const term = pack.terms.find((t) => t.id === termId);
  if (!term) throw new Error(`the pack has no term ${termId}`);
  // As shown: without the sentence punctuation the source set inside the closing mark.
  return term.quoteIds.map((id) => quotationAsShown(pack.quotes.find((q) => q.id === id)!));
}

/** A UI message of a shipped locale (`en`, `zh_CN`), with `$1`-style placeholders left as they are. */
export function shippedMessage(locale: string, key: string): string {
  const file = path.join(repoRoot, 'public/_locales', locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const entry = messages[key];
  if (!entry) throw new Error(`${locale} has no message ${key}`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardState {
  attached: boolean;
  mode: 'hover' | 'pinned' | null;
  termId: string | null;
  heading: string | null;
  quotes: string[];
  /** `lang` and `dir` attributes of each quotation. */
  quoteAttributes: { lang: string | null; dir: string | null }[];
  /** The section labels (h3), the close button's name and the action buttons' texts. */
  labels: string[];
  closeLabel: string | null;
  buttons: string[];
  /** The dates as shown (event dates and quotation dates). */
  dates: string[];
  /** The source named on each item (quotations, then dates). */
  sources: string[];
  /** Where the content stands: `loading`, `ready`, `failed` or `none` (the view's data-state). */
  state: string | null;
  /** The text of the card's alert (the background did not answer), if any. */
  alert: string | null;
  lang: string | null;
  dir: string | null;
  /** The card's computed direction (what the `dir` attribute, not the page, decides). */
  direction: string | null;
  /** Focus is on the card or inside it. */
  focused: boolean;
  live: string;
  shown: boolean;
  rect: Rect | null;
  viewport: { width: number; height: number };
}

/** Extension context: reads the card of a tab's top frame from the content script's isolated world. */
export async function readCard({ tabId }: { tabId: number }): Promise<CardState> {
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  const probe = () => {
    const cards = (globalThis as any)[Symbol.for('context-cards.card')];
    const viewport = { width: document.documentElement.clientWidth, height: innerHeight };
    const el: HTMLElement | null = cards?.element ?? null;
    const open = cards?.open;
    const root = el?.getRootNode() as ShadowRoot | undefined;
    const shown = !!el && !!open && (root?.host as Element | undefined)?.isConnected === true && (el.matches(':popover-open') || !el.hidden) && el.style.visibility !== 'hidden';
    const r = shown ? el!.getBoundingClientRect() : null;
    const texts = (selector: string) => (shown ? [...el!.querySelectorAll(selector)].map((e) => e.textContent ?? '') : []);
    return {
      attached: !!cards,
      mode: open?.mode ?? null,
      termId: open?.record.termId ?? null,
      heading: shown ? el!.querySelector('h2')?.textContent ?? null : null,
      // The curly marks around each quotation are decoration; strip them to compare the words.
      quotes: texts('blockquote').map((text) => text.slice(1, -1)),
      quoteAttributes: shown ? [...el!.querySelectorAll('blockquote')].map((b) => ({ lang: b.getAttribute('lang'), dir: b.getAttribute('dir') })) : [],
      labels: texts('h3'),
      closeLabel: shown ? el!.querySelector('.cc-close')?.getAttribute('aria-label') ?? null : null,
      buttons: texts('.cc-actions button'),
      dates: texts('.cc-date'),
      sources: texts('.cc-from'),
      state: shown ? (el!.querySelector('[data-state]') as HTMLElement | null)?.dataset.state ?? null : null,
      alert: shown ? el!.querySelector('[role=alert]')?.textContent ?? null : null,
      lang: shown ? el!.getAttribute('lang') : null,
      dir: shown ? el!.getAttribute('dir') : null,
      direction: shown ? getComputedStyle(el!).direction : null,
      focused: !!root && root.activeElement !== null,
      live: root?.querySelector('.cc-live')?.textContent ?? '',
      shown,
      rect: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      viewport,
    };
  };
  const [first] = await api.scripting.executeScript({ target: { tabId }, world: 'ISOLATED', func: probe });
  return first.result as CardState;
}

/** The card of a tab, as the content script sees it. */
export const card = (env: BrowserEnv, tabId: number) => env.browser.evaluateInExtension(readCard, { tabId });

/**
 * Page world: the client rectangle of the `nth` occurrence of `text` (inside a link when `inLink`),
 * looking into open shadow roots too.
 */
function mentionRect({ text, nth, inLink }: { text: string; nth: number; inLink: boolean }): { left: number; top: number; right: number; bottom: number } | null {
  let seen = 0;
  const search = (root: Node): { left: number; top: number; right: number; bottom: number } | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) {
        const found = search(shadow);
        if (found) return found;
      }
      if (node.nodeType !== 3) continue;
      const data = (node as Text).data;
      if (!!node.parentElement?.closest('a') !== inLink) continue;
      for (let at = data.indexOf(text); at >= 0; at = data.indexOf(text, at + 1)) {
        if (seen++ !== nth) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const r = range.getClientRects()[0]!;
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
    }
    return null;
  };
  return search(document.body);
}

/** Where the `nth` occurrence of `text` is now, in viewport coordinates. */
export async function rectOf(page: HarnessPage, text: string, { nth = 0, inLink = false } = {}): Promise<Rect> {
  const rect = await page.evaluate(mentionRect, { text, nth, inLink });
  if (!rect) throw new Error(`no "${text}" on ${page.url()}`);
  return rect;
}

/** The centre of the `nth` occurrence of `text`. */
export async function pointAt(page: HarnessPage, text: string, options: { nth?: number; inLink?: boolean } = {}): Promise<{ x: number; y: number }> {
  const r = await rectOf(page, text, options);
  return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
}

export async function mouseMove(page: HarnessPage, x: number, y: number): Promise<void> {
  if (page.browserName === 'chromium') await page.raw.mouse.move(x, y, { steps: 4 });
  else await page.raw.mouse.move(x, y, { steps: 4 });
}

export async function mouseClick(page: HarnessPage, x: number, y: number): Promise<void> {
  if (page.browserName === 'chromium') await page.raw.mouse.click(x, y);
  else await page.raw.mouse.click(x, y);
}

/** Opens a page and waits until its first scan is done and the card module is attached. */
export async function openScanned(env: BrowserEnv, url: string, track: <P extends HarnessPage>(p: P) => P): Promise<{ page: HarnessPage; tabId: number }> {
  const page = track(await env.browser.newPage(url));
  const tabId = await env.browser.tabIdFor(page);
  await waitForFirstScan(env, page, tabId);
  await pollUntil(() => card(env, tabId), (s) => s.attached, { message: 'the card module to attach' });
  return { page, tabId };
}

export const openCard = (env: BrowserEnv, tabId: number, what = 'a card to open') =>
  pollUntil(() => card(env, tabId), (s) => s.shown && s.quotes.length > 0, { message: what });
export const closedCard = (env: BrowserEnv, tabId: number, what = 'the card to close') =>
  pollUntil(() => card(env, tabId), (s) => !s.shown, { message: what });

/** Sends the next (1) or previous (-1) command to the tab, as the background does for the shortcuts. */
export async function step(env: BrowserEnv, tabId: number, direction: 1 | -1): Promise<void> {
  await env.browser.evaluateInExtension(
    async ({ tabId, direction }: { tabId: number; direction: 1 | -1 }) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.sendMessage(tabId, { type: 'step', data: { direction } }, { frameId: 0 });
    },
    { tabId, direction },
  );
}

/** Whether the open card lies wholly inside the viewport. */
export function inside(state: CardState): boolean {
  const r = state.rect!;
  return r.left >= 0 && r.top >= 0 && r.right <= state.viewport.width && r.bottom <= state.viewport.height;
}
