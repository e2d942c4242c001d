/** The review page of a draft source (`review.html?draft=<id>`): wiring only (components/sources for the views). */
import '../../components/brand/pages.css';
import '../../components/options/options.css';
import '../../components/sources/sources.css';
import { mountPage } from '../../components/popup/mount-page';
import { ReviewApp } from '../../components/sources/review-app';
import { uiLocale } from '../../utils/i18n';
import { loadSettings } from '../../utils/settings-store';
import { toBackground as send } from '../../utils/messaging';

async function main(): Promise<void> {
  const settings = await loadSettings();
  mountPage(
    'review_pageTitle',
    <ReviewApp
      deps={{
        draftId: new URLSearchParams(location.search).get('draft'),
        // The reason is shown as text: the address is the background's, but a page could open it too.
        refused: new URLSearchParams(location.search).get('refused')?.slice(0, 300) ?? null,
        getDraft: (draftId) => send('getDraft', { draftId }),
        save: (draftId, pack) => send('saveDraft', { draftId, pack }),
        discard: (draftId) => send('discardDraft', { draftId }),
        reveal: (tabId, span) => send('revealEvidence', { tabId, ...span }).then((r) => !!r?.ok),
        citationStyle: settings.citationStyle,
        // The access date a citation states is today, on this device.
        today: new Date(),
        locale: uiLocale(),
        sourcesHref: '/sources.html',
      }}
    />,
  );
}

void main();
