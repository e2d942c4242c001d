/**
 * Per-tab mention state in session storage, so it survives the service worker sleeping, plus the badge.
 * Cleared when the tab navigates or closes.
 */
import { browser } from 'wxt/browser';
import { showTabIcon } from './toolbar-icon';
import { frameCounts } from '../core/tab-state/frames';
import { applyReport, badgeText, summarize, type TabState } from '../core/tab-state/tab-state';
import type { FrameReport } from '../utils/messages';

const key = (tabId: number) => `tab:${tabId}`;

/** Serialises writes so two frames reporting at once cannot overwrite each other. */
let chain: Promise<unknown> = Promise.resolve();
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = chain.then(work, work);
  chain = next.catch(() => undefined);
  return next;
}

export async function readTab(tabId: number): Promise<TabState | undefined> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)];
  return value && typeof value === 'object' && 'frames' in value ? (value as TabState) : undefined;
}

/** Records a frame's report (whether it counts towards the badge: core/tab-state/frames.ts) and updates the badge. */
export function recordReport(tabId: number, frameId: number, url: string, tabUrl: string, report: FrameReport): Promise<void> {
  return serial(async () => {
    const before = await readTab(tabId);
    const { readable, keys, ...rest } = report;
    const counted = frameCounts(frameId, url, tabUrl, readable);
    const state = applyReport(before, frameId, url, { ...rest, ...(frameId !== 0 && keys ? { keys } : {}), counted });
    await browser.storage.session.set({ [key(tabId)]: state });
    const after = summarize(state);
    await showBadge(tabId, after.total, after.capped);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(async () => {
    await browser.storage.session.remove(key(tabId));
    await showBadge(tabId, 0, false);
  });
}

async function showBadge(tabId: number, total: number, capped: boolean): Promise<void> {
  const text = badgeText(total, capped);
  const title = total > 0 ? browser.i18n.getMessage('badgeTitle', [capped ? '5000+' : String(total)]) : browser.i18n.getMessage('extName');
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    await showTabIcon(tabId, total > 0);
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
  } catch {
    // The tab closed meanwhile.
  }
}
