/**
 * "Copy citation" in the page's context menu. Highlights are not elements, so the content script tells
 * the background what was under the pointer when the menu opened: a mention gives its term's key
 * quotation with attribution, anything else the source citation in the user's default style.
 */
import { browser } from 'wxt/browser';
import { quoteCopyFor, sourceCitation } from '../core/cite/pack-citation';
import type { ContextPack } from '../core/pack/schema';
import { copyFromBackground } from './clipboard-relay';
import { getPacks } from './packs';
import { loadSettings } from './settings-store';

export const MENU_ID = 'copy-citation';

/** What was under the pointer, per tab, at the last contextmenu event. */
const targets = new Map<number, { termId: string | null; quoteId: string | null }>();

export function rememberTarget(tabId: number, termId: string | null, quoteId: string | null): void {
  targets.set(tabId, { termId, quoteId });
}

export function createMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuCopyCitation'), contexts: ['page', 'selection', 'link'] }),
  );
}

/** The text to copy for a context-menu target. */
export function menuCopyText(packs: readonly ContextPack[], style: Parameters<typeof sourceCitation>[1], target: { termId: string | null; quoteId: string | null } | undefined, today: Date): { text: string; html?: string } | null {
  const pack = packs.find((p) => target?.termId && p.terms.some((t) => t.id === target.termId)) ?? packs[0];
  if (!pack) return null;
  const term = pack.terms.find((t) => t.id === target?.termId);
  const quoteId = target?.quoteId ?? term?.quoteIds[0];
  const quote = quoteId ? pack.quotes.find((q) => q.id === quoteId) : undefined;
  if (quote) return quoteCopyFor(pack, quote, style, today);
  return sourceCitation(pack, style, today);
}

export async function onMenuClicked(menuItemId: string | number, tabId: number | undefined): Promise<boolean> {
  if (menuItemId !== MENU_ID) return false;
  const [packs, settings] = await Promise.all([getPacks(), loadSettings()]);
  const copy = menuCopyText(packs, settings.citationStyle, tabId === undefined ? undefined : targets.get(tabId), new Date());
  if (!copy) return false;
  const ok = await copyFromBackground(copy.text, copy.html);
  if (tabId !== undefined) await flashBadgeTitle(tabId, ok);
  return ok;
}

/** Tells the reader the copy worked (or not) through the toolbar button's tooltip and a brief badge. */
async function flashBadgeTitle(tabId: number, ok: boolean): Promise<void> {
  try {
    const previous = await browser.action.getBadgeText({ tabId });
    await browser.action.setBadgeText({ tabId, text: ok ? '✓' : '!' });
    setTimeout(() => void browser.action.setBadgeText({ tabId, text: previous }).catch(() => undefined), 1500);
  } catch {
    // The tab closed.
  }
}
