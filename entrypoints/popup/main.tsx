/** The toolbar popup: wiring only (components/popup for the views, pages/popup-state for the tab). */
import { browser } from 'wxt/browser';
import { citationChoices, quotePayloadFor } from '../../components/popup/citations';
import { writeClipboard } from '../../utils/clipboard';
import { toBackground } from '../../utils/messaging';
import { mountPage } from '../../components/popup/mount-page';
import { PopupApp, type PopupDeps } from '../../components/popup/popup-app';
import '../../components/brand/pages.css';
import '../../components/popup/popup.css';
import '../../components/timeline/timeline.css';
import '../../components/sources/sources.css';
import { fullTermOf, tabIdFromQuery } from '../../core/popup-state';
import type { Settings } from '../../core/settings/settings';
import { t, uiLocale } from '../../utils/i18n';
import { loadSettings, updateSettings } from '../../utils/settings-store';
import { openReview, openSources } from '../sources/sources-client';
import { popupTabId } from '../../pages/popup-tab';

// The tab's part (permission, the content script's answer, the stored mentions) loads beside the first
// render, never before it: the source's content does not depend on the tab.
const tabSide = import('../../pages/popup-state');

async function main(): Promise<void> {
  const settingsRead = loadSettings();
  const tabId = await popupTabId(tabIdFromQuery(location.search));
  // The background validated the packs: the popup loads no pack schema before its first frame.
  const [settings, start] = await Promise.all([settingsRead, toBackground('popupStart', tabId === undefined ? {} : { tabId })]);
  const packs = start?.packs ?? [];
  if (packs.length === 0 || tabId === undefined) {
    document.getElementById('app')!.textContent = t('popup_noPack');
    return;
  }
  // The access date is today, on this device; every string is ready before the first click.
  const today = new Date();
  let current: Settings = settings;
  const citations = new WeakMap(packs.map((pack) => [pack, citationChoices(pack, today)]));
  const deps: PopupDeps = {
    packs,
    locale: uiLocale(),
    settings,
    initialCounts: start.counts,
    read: () => tabSide.then((tab) => tab.readPopupState(tabId, current)),
    watch: (onSettings, onTab, signal) =>
      void tabSide.then((tab) => {
        if (signal.aborted) return;
        const follow = (s: Settings) => {
          current = s;
          onSettings(s);
        };
        tab.watchPopupInputs(tabId, follow, onTab, signal);
      }),
    updateSettings: (change) => updateSettings(change),
    reveal: (termKey, index) => tabSide.then((tab) => tab.revealMention(tabId, termKey, index)),
    requestAccess: (origin) => tabSide.then((tab) => tab.requestSiteAccess(tabId, origin)),
    reloadTab: () => tabSide.then((tab) => tab.reloadTab(tabId)),
    openOptions: () => {
      void browser.runtime.openOptionsPage();
      if (tabIdFromQuery(location.search) === undefined) window.close();
    },
    // A reader's source is formatted once, the first time it is shown.
    citations: (pack) => citations.get(pack) ?? citations.set(pack, citationChoices(pack, today)).get(pack)!,
    quotePayload: (pack, quote) => quotePayloadFor(pack, settings.citationStyle, today)(quote),
    writeClipboard: (payload) => writeClipboard(payload),
    sources: (termKeys) => toBackground('popupSources', { termKeys }).then((answer) => answer?.sources ?? []),
    addSource: {
      // On success the review opens in a tab: a popup closes when the reader clicks elsewhere.
      onAdd: () =>
        toBackground('addPageAsSource', { tabId }).then(async (answer) => {
          if (answer.ok) {
            await openReview(answer.draftId);
            if (tabIdFromQuery(location.search) === undefined) window.close();
          }
          return answer;
        }),
      onOpenSources: () => {
        void openSources();
        if (tabIdFromQuery(location.search) === undefined) window.close();
      },
    },
  };
  // "Open full context" opens this page in a tab: ?view=full, and #term=PACK/ID for the term it came from.
  const full = new URLSearchParams(location.search).get('view') === 'full' ? fullTermOf(location.hash) : undefined;
  mountPage('popup_title', <PopupApp deps={deps} full={full} />);
  if (full?.termId) requestAnimationFrame(() => document.getElementById('full-term')?.focus({ preventScroll: true }));
}

void main();
