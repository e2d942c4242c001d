/** The background: wiring only. Handlers live in background/. */
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import type { ToBackground } from '../utils/messages';
import { isMessage } from '../utils/messaging';
import { BACKGROUND_TYPES, backgroundHandlers } from '../background/message-handlers';
import { ADD_SOURCE_MENU_ID, addSourceFromMenu } from '../background/add-source-menu';
import { createMenu, onMenuClicked } from '../background/context-menu';
import { injectIntoOpenTabs, syncRegistration } from '../background/registration';
import { frames, loadSettings, watchSettings } from '../background/settings/store';
import { forgetTab, readTab } from '../background/tab-store';
import { showPaused } from '../background/toolbar-icon';
import { highlightStyles } from '../background/highlight-styles';
import { exposeForBench } from '../background/bench-handles';
import { pushOnPackChange } from '../background/pack-push';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    const settings = await loadSettings();
    await syncRegistration(settings.quietMode);
    if (!settings.quietMode) await injectIntoOpenTabs();
    if (reason === 'install') await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ADD_SOURCE_MENU_ID) void addSourceFromMenu(tab);
    else void onMenuClicked(info.menuItemId, tab?.id);
  });
  browser.runtime.onStartup.addListener(async () => syncRegistration((await loadSettings()).quietMode));
  watchSettings((s) => void syncRegistration(s.quietMode));
  void loadSettings().then((s) => showPaused(s.quietMode));
  watchSettings((s) => void showPaused(s.quietMode));
  watchSettings((s) => void highlightStyles().settingsChanged(s));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<ToBackground>(message, BACKGROUND_TYPES)) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    return backgroundHandlers[message.type](message.data, sender);
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void frames.forgetTab(tabId));
  browser.tabs.onRemoved.addListener((tabId) => void highlightStyles().forgetTab(tabId));
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
  exposeForBench();
  pushOnPackChange();
});
