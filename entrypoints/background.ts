/** The background: wiring only. Handlers live in utils/. */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import type { FrameState } from '../core/tab-state/tab-state';
import type { ToBackground } from '../utils/messages';
import { isMessage } from '../utils/messaging';
import { getMatcherPlan, getPacks } from '../utils/packs';
import { copyFromBackground } from '../utils/clipboard-relay';
import { copyStrings } from '../core/cite/pack-citation';
import { createMenu, onMenuClicked, rememberTarget } from '../utils/context-menu';
import { injectIntoOpenTabs, syncRegistration } from '../utils/registration';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings-store';
import { siteOf, withMute } from '../core/settings/settings';
import { showPaused } from '../background/toolbar-icon';
import { forgetTab, readTab, recordReport } from '../utils/tab-store';
import { readFrameReport, readMuteRequest } from '../utils/validate-messages';

const TYPES: (keyof ToBackground)[] = ['getPacks', 'getSettings', 'muteTerm', 'report', 'copy', 'cardCopy', 'contextTarget', 'openContext'];

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const settings = await loadSettings();
    await syncRegistration(settings.quietMode);
    if (!settings.quietMode) await injectIntoOpenTabs();
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info.menuItemId, tab?.id));
  browser.runtime.onStartup.addListener(async () => syncRegistration((await loadSettings()).quietMode));
  watchSettings((s) => void syncRegistration(s.quietMode));
  void loadSettings().then((s) => showPaused(s.quietMode));
  watchSettings((s) => void showPaused(s.quietMode));


  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<ToBackground>(message, TYPES)) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    switch (message.type) {
      case 'getPacks':
        return Promise.all([getPacks(), getMatcherPlan()]).then(([packs, plan]) => ({ packs, plan }));
      case 'getSettings':
        return loadSettings().then((settings) => ({ settings }));
      case 'muteTerm': {
        // A frame may mute terms on its own site only.
        const request = readMuteRequest(message.data);
        if (!request || request.site !== siteOf(sender.url ?? '')) return Promise.resolve({ ok: false });
        return updateSettings((s) => withMute(s, request.site, request.termId, request.muted)).then(() => ({ ok: true }));
      }
      case 'report': {
        const tabId = sender.tab?.id;
        const report: FrameState | null = readFrameReport(message.data);
        if (tabId === undefined || !report) return Promise.resolve({ tabRelevant: false });
        return recordReport(tabId, sender.frameId ?? 0, sender.url ?? sender.tab?.url ?? '', report).then(({ tabRelevant, becameRelevant }) => {
          if (becameRelevant) void browser.tabs.sendMessage(tabId, { type: 'tabRelevant', data: {} }).catch(() => undefined);
          return { tabRelevant };
        });
      }
      case 'copy': {
        const { text, html } = (message.data ?? {}) as { text?: unknown; html?: unknown };
        if (typeof text !== 'string' || text.length > 100_000) return Promise.resolve({ ok: false });
        return copyFromBackground(text, typeof html === 'string' && html.length <= 200_000 ? html : undefined).then((ok) => ({ ok }));
      }
      case 'cardCopy': {
        const { termId, quoteId } = (message.data ?? {}) as { termId?: unknown; quoteId?: unknown };
        if (typeof termId !== 'string' || (quoteId !== undefined && typeof quoteId !== 'string')) return Promise.resolve(null);
        return Promise.all([getPacks(), loadSettings()]).then(([packs, settings]) =>
          copyStrings(packs, quoteId === undefined ? { termId } : { termId, quoteId }, settings.citationStyle, new Date()),
        );
      }
      case 'contextTarget': {
        const { termId, quoteId } = (message.data ?? {}) as { termId?: unknown; quoteId?: unknown };
        const clean = (x: unknown) => (typeof x === 'string' && /^[a-z0-9-]{1,64}$/.test(x) ? x : null);
        if (sender.tab?.id !== undefined) rememberTarget(sender.tab.id, clean(termId), clean(quoteId));
        return Promise.resolve({ ok: true });
      }
      case 'openContext': {
        const termId = (message.data as { termId?: unknown })?.termId;
        const hash = typeof termId === 'string' && /^[a-z0-9-]{1,64}$/.test(termId) ? `#term=${termId}` : '';
        // The full context is the popup's view in a tab, about the tab the reader came from.
        const from = sender.tab?.id !== undefined ? `&tab=${sender.tab.id}` : '';
        return browser.tabs
          .create({ url: browser.runtime.getURL(`/popup.html?view=full${from}${hash}` as '/popup.html'), ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}) })
          .then(() => ({ ok: true }));
      }
      default:
        return undefined;
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    // A full navigation: the old page's mentions are gone. Same-document (SPA) URL changes keep the page,
    // and its content script reports again itself.
    if (change.status === 'loading' && change.url) {
      const state = await readTab(tabId);
      if (state && state.url && change.url !== state.url) await forgetTab(tabId);
    }
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? -1 : command === 'next-mention' ? 1 : 0;
    if (direction) await browser.tabs.sendMessage(tab.id, { type: 'step', data: { direction } }, { frameId: 0 }).catch(() => undefined);
  });
});
