/** The Sources page: every source the reader keeps. Wiring only (components/sources for the views). */
import '../../components/brand/pages.css';
import '../../components/options/options.css';
import '../../components/sources/sources.css';
import { downloadText } from '../../components/sources/download';
import { mountPage } from '../../components/popup/mount-page';
import { SourcesApp } from '../../components/sources/sources-app';
import { uiLocale } from '../../utils/i18n';
import { MAX_IMPORT_BYTES } from '../../core/sources/import-limits';
import { toBackground as send } from '../../utils/messaging';
import { openReview, reviewUrl } from './sources-client';

mountPage(
  'sources_pageTitle',
  <SourcesApp
    deps={{
      list: () => send('listSources', {}).then((r) => r.sources),
      setEnabled: (id, enabled) => send('setSourceEnabled', { id, enabled }),
      remove: (id) => send('deleteSource', { id }),
      undo: (undoToken) => send('undoDelete', { undoToken }),
      review: (id) => send('reviewSource', { id }),
      openReview: (draftId) => void openReview(draftId),
      exportSources: (ids) => send('exportSources', ids ? { ids } : {}),
      download: (fileName, text) => downloadText(fileName, text),
      importSources: (text) => send('importSources', { text }),
      draftTitle: (draftId) => send('getDraft', { draftId }).then((r) => r?.draft.pack.source.title ?? null),
      // A review saved in another tab changes the list: read it again when the reader comes back.
      watch: (onChange, signal) => document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && onChange(), { signal }),
      maxImportBytes: MAX_IMPORT_BYTES,
      reviewHref: (draftId) => reviewUrl(draftId),
      locale: uiLocale(),
    }}
  />,
);
