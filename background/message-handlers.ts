/** The background's answer to each message of the ToBackground contract: one handler per type, each
 * reading its request through a schema before acting on it. */
import { browser, type Browser } from 'wxt/browser';
import { copyStrings } from '../core/cite/pack-citation';
import { siteOf, withMute } from '../core/settings/settings';
import type { ResponseOf, ToBackground } from '../utils/messages';
import { loadSettings, updateSettings } from '../utils/settings-store';
import { copyFromBackground } from './clipboard-relay';
import { rememberTarget } from './context-menu';
import { getMatcherPlan, getPacks } from './packs';
import { recordReport } from './tab-store';
import { itemIdOrNull, readCardCopyRequest, readContextTarget, readCopyRequest, readFrameReport, readMuteRequest } from './validate-messages';

type Sender = Browser.runtime.MessageSender;
type Handlers = { [K in keyof ToBackground]: (data: unknown, sender: Sender) => Promise<ResponseOf<ToBackground, K>> };

export const backgroundHandlers: Handlers = {
  getPacks: () => Promise.all([getPacks(), getMatcherPlan()]).then(([packs, plan]) => ({ packs, plan })),

  getSettings: () => loadSettings().then((settings) => ({ settings })),

  muteTerm: (data, sender) => {
    // A frame may mute terms on its own site only.
    const request = readMuteRequest(data);
    if (!request || request.site !== siteOf(sender.url ?? '')) return Promise.resolve({ ok: false });
    return updateSettings((s) => withMute(s, request.site, request.termId, request.muted)).then(() => ({ ok: true }));
  },

  report: (data, sender) => {
    const tabId = sender.tab?.id;
    const report = readFrameReport(data);
    if (tabId === undefined || !report) return Promise.resolve({ tabRelevant: false });
    return recordReport(tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '', report).then(({ tabRelevant, becameRelevant }) => {
      if (becameRelevant) void browser.tabs.sendMessage(tabId, { type: 'tabRelevant', data: {} }).catch(() => undefined);
      return { tabRelevant };
    });
  },

  copy: (data) => {
    const request = readCopyRequest(data);
    if (!request) return Promise.resolve({ ok: false });
    return copyFromBackground(request.text, request.html).then((ok) => ({ ok }));
  },

  cardCopy: (data) => {
    const request = readCardCopyRequest(data);
    if (!request) return Promise.resolve(null);
    return Promise.all([getPacks(), loadSettings()]).then(([packs, settings]) => copyStrings(packs, request, settings.citationStyle, new Date()));
  },

  contextTarget: (data, sender) => {
    const { termId, quoteId } = readContextTarget(data);
    if (sender.tab?.id !== undefined) rememberTarget(sender.tab.id, termId, quoteId);
    return Promise.resolve({ ok: true });
  },

  openContext: (data, sender) => {
    const termId = itemIdOrNull((data as { termId?: unknown } | null)?.termId);
    const hash = termId ? `#term=${termId}` : '';
    // The full context is the popup's view in a tab, about the tab the reader came from.
    const from = sender.tab?.id !== undefined ? `&tab=${sender.tab.id}` : '';
    return browser.tabs
      .create({ url: browser.runtime.getURL(`/popup.html?view=full${from}${hash}` as '/popup.html'), ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) })
      .then(() => ({ ok: true as const }));
  },
};

/** The message types the background answers. */
export const BACKGROUND_TYPES = Object.keys(backgroundHandlers) as (keyof ToBackground)[];
