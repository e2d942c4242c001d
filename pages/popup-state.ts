/**
 * The popup's runtime side: gathers the facts about a tab (URL, host permission, whether the content
 * script answers, the mentions the background stored) and lets core/popup-state decide what to show.
 */
import { browser } from 'wxt/browser';
import { decidePopupState, originPattern, unscannableReason, type PopupState, type TabCounts } from '../core/popup-state';
import { activityFor, siteOf, type Settings } from '../core/settings/settings';
import { summarize } from '../core/tab-state/tab-state';
import type { TabMentions } from '../utils/messages';
import { toTab } from '../utils/messaging';
import { injectInto } from '../background/registration';
import { loadSettings, watchSettings } from '../utils/settings-store';
import { readTab } from '../background/tab-store';

/** How long the content script may take to answer before the page is said to need a reload. */
const ANSWER_TIMEOUT_MS = 800;
/** How often an open popup reads the tab again, besides the change events. */
const RECHECK_MS = 1500;

/** The top frame's answer to `getMentions`, or null when no content script answers in time. */
async function askTab(tabId: number): Promise<TabMentions | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS));
  const answer = toTab(tabId, 'getMentions', {}).then(
    (a) => (a && typeof a === 'object' && 'total' in a ? a : null),
    () => null,
  );
  return Promise.race([answer, timeout]);
}

// Quiet mode scans a tab once, when the popup is opened for it (issue 9); not again on every refresh.
const scannedInQuietMode = new Set<number>();

/** Injects the content script into a tab's top frame once, and waits for it to answer. */
async function scanOnce(tabId: number): Promise<TabMentions | null> {
  if (scannedInQuietMode.has(tabId)) return null;
  scannedInQuietMode.add(tabId);
  if (!(await injectInto(tabId, true))) return null;
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const answer = await askTab(tabId);
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** The tab's mentions: the background's record of all frames when it has one, else the top frame's answer. */
async function mentionsOf(tabId: number, answer: TabMentions | null): Promise<TabCounts | undefined> {
  const stored = await readTab(tabId).catch(() => undefined);
  if (stored && Object.keys(stored.frames).length) {
    const { counts, total, capped } = summarize(stored);
    return { counts, total, capped };
  }
  return answer ? { counts: answer.counts, total: answer.total, capped: answer.capped } : undefined;
}

/** Reads everything the popup needs to know about a tab and decides its state. */
export async function readPopupState(tabId: number, settings?: Settings): Promise<{ state: PopupState; site: string | null; url: string | undefined }> {
  const current = settings ?? (await loadSettings());
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  const site = url ? siteOf(url) : null;
  const activity = activityFor(current, site);
  // Without the "tabs" permission a tab's URL is hidden exactly when we hold no host permission for it.
  if (tab && !url) return { state: { kind: 'no-access', origin: '<all_urls>' }, site, url };
  if (unscannableReason(url)) {
    return { state: decidePopupState({ url, hasAccess: false, answered: false, activity, site, mentions: undefined }), site, url };
  }
  const pattern = originPattern(url!);
  const hasAccess = pattern ? await browser.permissions.contains({ origins: [pattern] }).catch(() => false) : false;
  let answer = hasAccess ? await askTab(tabId) : null;
  if (!answer && hasAccess && current.quietMode && activity === 'active') answer = await scanOnce(tabId);
  const mentions = await mentionsOf(tabId, answer);
  return { state: decidePopupState({ url, hasAccess, answered: answer !== null, activity, site, mentions }), site, url };
}

/** Calls back when the settings change or the tab's mentions or page change, until `signal` aborts. */
export function watchPopupInputs(tabId: number, onSettings: (s: Settings) => void, onTab: () => void, signal: AbortSignal): void {
  watchSettings(onSettings, signal);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && `tab:${tabId}` in changes) onTab();
  };
  const onUpdated = (id: number, change: { status?: string }) => {
    if (id === tabId && change.status === 'complete') onTab();
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.tabs.onUpdated.addListener(onUpdated);
  // Firefox does not always tell extension pages about session-storage changes: look again now and then.
  const timer = setInterval(onTab, RECHECK_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    },
    { once: true },
  );
}

/** Asks for access to an origin (from a click: browsers need a user gesture) and scans the tab if granted. */
export async function requestSiteAccess(tabId: number, origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
  // The registered content script only runs on the next load; scan the page as it is now.
  if (granted) await injectInto(tabId);
  return granted;
}

/** Reloads the tab, so the content script runs in it. */
export function reloadTab(tabId: number): Promise<void> {
  return browser.tabs.reload(tabId);
}

/** Asks the tab to scroll to and flash a mention. */
export function revealMention(tabId: number, termKey: string, index: number): Promise<unknown> {
  return toTab(tabId, 'reveal', { termKey, index });
}
