/** The background's answer to each message of the ToBackground contract: one handler per type, each
 * reading its request through a schema before acting on it. */
import { browser, type Browser } from 'wxt/browser';
import { copyStrings, type CopyRequest } from '../core/cite/pack-citation';
import { siteOf, withMute } from '../core/settings/settings';
import type { ResponseOf, ToBackground } from '../utils/messages';
import { loadSettings, settingsForFrame, updateSettings } from './settings/store';
import { settingsPageHandlers } from './settings/handlers';
import { copyFromBackground } from './clipboard-relay';
import { rememberTarget } from './context-menu';
import { extractTab } from './extract-tab';
import { enabledPacks } from './enabled-packs';
import { getDetentionPlan, getPlan } from './packs';
import { RateLimiter } from './rate-limit';
import { recordReport } from './tab-store';
import { contentForTerm } from './term-content';
import { popupSources } from './popup-sources';
import { sourceHandlers } from './sources/handlers';
import { library } from './sources/store';
import { termKey } from '../core/pack/term-key';
import { fromExtensionPage, readCardCopyRequest, readContextTarget, readExtractTabRequest, readFrameReport, readMuteRequest, readPopupSourcesRequest, readRevealRequest, readTermContentRequest } from './validate-messages';
import { revealPassage } from './reveal-passage';
import { highlightStyles } from './highlight-styles';
import { loadCardUi } from './card-ui';
import { highlightNames } from './highlight-names';
import { popupStart, readPopupStartTab } from './popup-start';
import { loadScanner, strongCheck } from './scanner-inject';

type Sender = Browser.runtime.MessageSender;
/** A card copies on a click: a few a second per tab is more than a reader's hand makes. */
export const clipboardLimit = new RateLimiter(3, 1000);
/** Opening the full context from a card: a few in ten seconds per tab. */
export const openTabLimit = new RateLimiter(3, 10_000);

const tabKey = (sender: Sender) => sender.tab?.id ?? 'no-tab';

type Handlers = { [K in keyof ToBackground]: (data: unknown, sender: Sender) => Promise<ResponseOf<ToBackground, K>> };

export const backgroundHandlers: Handlers = {
  // Frames get the plan and the labels their notices name; a card asks for its term's content (termContent).
  getPlan: () => getPlan(),

  termContent: (data) => {
    const term = readTermContentRequest(data);
    return term ? contentForTerm(term) : Promise.resolve(null);
  },

  // Each frame learns only its own site's entries of the lists that reveal the reader's browsing.
  getSettings: (_data, sender) => settingsForFrame(sender),

  muteTerm: (data, sender) => {
    // A frame may mute terms on its own site only.
    const request = readMuteRequest(data);
    if (!request || request.site !== siteOf(sender.url ?? '')) return Promise.resolve({ ok: false });
    return updateSettings((s) => withMute(s, request.site, request.termKey, request.muted)).then(() => ({ ok: true }));
  },

  report: (data, sender) => {
    const tabId = sender.tab?.id;
    const report = readFrameReport(data);
    if (tabId === undefined || !report) return Promise.resolve({ ok: false });
    // Relevance never crosses frames (docs/relevance.md): nothing is sent back but the receipt.
    const tabUrl = sender.tab?.url ?? '';
    return recordReport(tabId, sender.frameId ?? 0, sender.url ?? tabUrl, tabUrl, report).then(() => ({ ok: true }));
  },

  // Only text the extension builds from its packs, named by id, reaches the clipboard (no free text).
  copyCard: async (data, sender) => {
    const request = readCardCopyRequest(data);
    if (!request || !clipboardLimit.allow(tabKey(sender))) return { ok: false };
    const strings = await cardCopyStrings(request);
    return { ok: !!strings && (await copyFromBackground(strings.text, strings.html)) };
  },

  cardCopy: (data) => {
    const request = readCardCopyRequest(data);
    return request ? cardCopyStrings(request) : Promise.resolve(null);
  },

  contextTarget: (data, sender) => {
    if (sender.tab?.id !== undefined) rememberTarget(sender.tab.id, readContextTarget(data));
    return Promise.resolve({ ok: true });
  },

  openContext: (data, sender) => {
    if (!openTabLimit.allow(tabKey(sender))) return Promise.resolve({ ok: false });
    const { packId, termId } = readContextTarget(data);
    const hash = packId && termId ? `#term=${termKey(packId, termId)}` : '';
    // The full context is the popup's view in a tab, about the tab the reader came from.
    const from = sender.tab?.id !== undefined ? `&tab=${sender.tab.id}` : '';
    return browser.tabs
      .create({ url: browser.runtime.getURL(`/popup.html?view=full${from}${hash}` as '/popup.html'), ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) })
      .then(() => ({ ok: true }));
  },

  // The popup's sources are the reader's library: a content script may not read it.
  popupSources: (data, sender) => {
    const request = readPopupSourcesRequest(data);
    if (!request || !fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return Promise.resolve({ sources: [] });
    return popupSources(request.termKeys).then((sources) => ({ sources }));
  },
  // sources: extension pages only (background/sources/handlers.ts)
  ...sourceHandlers(library, extractTab),
  // The review page shows a draft's passage in the tab it was read in; a content script may not move tabs.
  revealEvidence: (data, sender) => {
    const request = readRevealRequest(data);
    if (!request || !fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return Promise.resolve({ ok: false });
    return revealPassage(request.tabId, request.text).then((ok) => ({ ok }));
  },
  // Reading a whole page is for the extension's own pages: a content script could name any tab.
  extractTab: (data, sender) => {
    const request = readExtractTabRequest(data);
    if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      return Promise.resolve({ ok: false, code: 'not-allowed', message: 'Only the extension’s own pages may read a tab.' });
    }
    if (!request) return Promise.resolve({ ok: false, code: 'bad-request', message: 'No tab was named.' });
    return extractTab(request.tabId);
  },
  // settings: the whole settings for the extension's pages (background/settings/handlers.ts)
  ...settingsPageHandlers({ load: loadSettings, update: updateSettings, runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') }),
  // A frame's ::highlight() styles, inserted into that frame only while it shows highlights.
  highlightStyles: (data, sender) => highlightStyles().request(data, sender),
  detentionPlan: () => getDetentionPlan(),
  // A content script's first card in a frame: the card UI is injected there (background/card-ui.ts).
  loadCardUi: (data, sender) => loadCardUi(data, sender),
  highlightNames: (data) => highlightNames(data),
  // The popup's first frame: packs already validated here, so the popup loads no pack schema.
  popupStart: (data, sender) => {
    if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return Promise.resolve({ packs: [], counts: {} });
    return popupStart(readPopupStartTab(data));
  },
  // A frame's sentinel: the strong pre-check, then the scanner once its text passes (background/scanner-inject.ts).
  strongCheck: () => strongCheck(),
  loadScanner: (data, sender) => loadScanner(data, sender),
};

function cardCopyStrings(request: CopyRequest) {
  return Promise.all([enabledPacks(), loadSettings()]).then(([sources, settings]) => copyStrings(sources.map((s) => s.pack), request, settings.citationStyle, new Date()));
}

/** The message types the background answers. */
export const BACKGROUND_TYPES = Object.keys(backgroundHandlers) as (keyof ToBackground)[];
