/**
 * "Copy citation" in the page's context menu. Highlights are not elements, so the content script tells
 * the background what was under the pointer when the menu opened: a mention gives its term's key
 * quotation with attribution, anything else the source citation in the user's default style.
 */
import { browser } from 'wxt/browser';
import { copyStrings, sourceCitation, type CopyStrings } from '../core/cite/pack-citation';
import { mostMentionedPack } from '../core/pack/most-mentioned';
import type { ContextPack } from '../core/pack/schema';
import { summarize } from '../core/tab-state/tab-state';
import { ADD_SOURCE_MENU_ID } from './add-source-menu';
import { copyFromBackground } from './clipboard-relay';
import { getPacks } from './packs';
import { readTab } from './tab-store';
import { loadSettings } from './settings/store';

export const MENU_ID = 'copy-citation';

/** What was under the pointer, per tab, at the last contextmenu event. */
const targets = new Map<number, MenuTarget>();

/** A mention's term (its pack and id) and quotation; any part null when the pointer was on none. */
export interface MenuTarget {
  packId: string | null;
  termId: string | null;
  quoteId: string | null;
}

export function rememberTarget(tabId: number, target: MenuTarget): void {
  targets.set(tabId, target);
}

export function createMenu(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuCopyCitation'), contexts: ['page', 'selection', 'link'] });
    browser.contextMenus.create({ id: ADD_SOURCE_MENU_ID, title: browser.i18n.getMessage('menuAddSource'), contexts: ['page'] });
  });
}

/** The text to copy for a context-menu target: a mention's key quotation, else the citation of the source
 * the page mentions most (`counts`: the tab's mentions by term key). */
export function menuCopyText(
  packs: readonly ContextPack[],
  style: Parameters<typeof sourceCitation>[1],
  target: MenuTarget | undefined,
  today: Date,
  counts: Readonly<Record<string, number>> = {},
): CopyStrings | null {
  const pack = target?.packId ? packs.find((p) => p.id === target.packId) : undefined;
  const term = pack && target?.termId ? pack.terms.find((t) => t.id === target.termId) : undefined;
  if (pack && term) {
    const quoteId = target?.quoteId ?? term.quoteIds[0];
    const copy = copyStrings(packs, { packId: pack.id, termId: term.id, ...(quoteId ? { quoteId } : {}) }, style, today);
    if (copy) return copy;
  }
  const source = mostMentionedPack(packs, counts);
  return source ? sourceCitation(source, style, today) : null;
}

export async function onMenuClicked(menuItemId: string | number, tabId: number | undefined): Promise<boolean> {
  if (menuItemId !== MENU_ID) return false;
  const [packs, settings, tab] = await Promise.all([getPacks(), loadSettings(), tabId === undefined ? undefined : readTab(tabId)]);
  const copy = menuCopyText(packs, settings.citationStyle, tabId === undefined ? undefined : targets.get(tabId), new Date(), summarize(tab).counts);
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
