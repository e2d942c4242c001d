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
import { t, uiLocale } from '../../utils/i18n';
import { getPacks } from '../../background/packs';
import { popupTabId, readPopupState, reloadTab, requestSiteAccess, revealMention, watchPopupInputs } from '../../pages/popup-state';
import { loadSettings, updateSettings } from '../../utils/settings-store';
import { openReview, openSources } from '../sources/sources-client';

async function main(): Promise<void> {
  const [tabId, settings, packs] = await Promise.all([popupTabId(tabIdFromQuery(location.search)), loadSettings(), getPacks()]);
  if (packs.length === 0 || tabId === undefined) {
    document.getElementById('app')!.textContent = t('popup_noPack');
    return;
  }
  // The access date is today, on this device; every string is ready before the first click.
  const today = new Date();
  const citations = new WeakMap(packs.map((pack) => [pack, citationChoices(pack, today)]));
  const deps: PopupDeps = {
    packs,
    locale: uiLocale(),
    settings,
    read: () => readPopupState(tabId),
    watch: (onSettings, onTab, signal) => watchPopupInputs(tabId, onSettings, onTab, signal),
    updateSettings: (change) => updateSettings(change),
    reveal: (termKey, index) => revealMention(tabId, termKey, index),
    requestAccess: (origin) => requestSiteAccess(tabId, origin),
    reloadTab: () => reloadTab(tabId),
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
