import { t } from '../../utils/i18n';
import { BrandHeader } from '../brand/brand-header';
import { filterSources, type SourceRow } from './filter-sources';
import { ImportPanel, type ImportResult } from './import-panel';
import { SourceRowView } from './source-row';
import { UndoToast } from './undo-toast';

export interface SourcesViewProps {
  /** Every kept source; undefined while they are read. */
  sources: readonly SourceRow[] | undefined;
  /** BCP 47 locale of the UI. */
  locale: string;
  query: string;
  onQuery: (query: string) => void;
  /** Ids chosen for "Export selected". */
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onEnabled: (id: string, enabled: boolean) => void;
  onReview: (id: string) => void;
  onDelete: (id: string) => void;
  /** Exports the given sources, or all of them. */
  onExport: (ids?: string[]) => void;
  onImportFile: (file: File) => void;
  importResult: ImportResult | null;
  reviewHref: (draftId: string) => string;
  /** The last deletion, which can still be undone. */
  undo: { title: string } | null;
  onUndo: () => void;
  onDismissUndo: () => void;
  /** The last action's result, announced politely. */
  status: string;
  /** What went wrong, announced at once. */
  error: string;
}

/** Every source the reader keeps: search, turn off, delete with undo, review again, export and import. */
export function SourcesView(props: SourcesViewProps) {
  const { sources, query, selected } = props;
  const shown = sources ? filterSources(sources, query) : [];
  const chosen = sources ? sources.filter((s) => selected.has(s.id)).map((s) => s.id) : [];
  return (
    <main class="cc-options cc-sources" aria-busy={sources === undefined ? 'true' : undefined}>
      <BrandHeader />
      <h1>{t('sources_heading')}</h1>
      <p class="cc-help">{t('sources_intro')}</p>
      <div class="cc-field" role="search">
        <label for="sources-search">{t('sources_search')}</label>
        <input id="sources-search" type="search" value={query} aria-describedby="sources-search-count" onInput={(e) => props.onQuery(e.currentTarget.value)} />
        <p id="sources-search-count" class="cc-help" aria-live="polite">
          {sources === undefined ? '' : query.trim() ? t('sources_shownOf', [String(shown.length), String(sources.length)]) : t('sources_total', [String(sources.length)])}
        </p>
      </div>
      {sources !== undefined && sources.length === 0 && <p>{t('sources_empty')}</p>}
      {sources !== undefined && sources.length > 0 && shown.length === 0 && <p>{t('sources_noMatch')}</p>}
      <ul class="cc-source-list" aria-label={t('sources_listLabel')}>
        {shown.map((source, i) => (
          <SourceRowView
            key={source.id}
            source={source}
            index={i}
            locale={props.locale}
            selected={selected.has(source.id)}
            onSelect={(on) => props.onSelect(source.id, on)}
            onEnabled={(on) => props.onEnabled(source.id, on)}
            onReview={() => props.onReview(source.id)}
            onDelete={() => props.onDelete(source.id)}
          />
        ))}
      </ul>
      <section class="cc-options-section" aria-labelledby="sources-share-h">
        <h2 id="sources-share-h">{t('sources_shareHeading')}</h2>
        <p class="cc-help">{t('sources_exportHelp')}</p>
        <p class="cc-inline">
          <button type="button" class="cc-button" disabled={!sources?.length} onClick={() => props.onExport()}>
            {t('sources_exportAll')}
          </button>
          <button type="button" class="cc-button" disabled={chosen.length === 0} onClick={() => props.onExport(chosen)}>
            {t('sources_exportSelected', [String(chosen.length)])}
          </button>
        </p>
        <ImportPanel onFile={props.onImportFile} result={props.importResult} reviewHref={props.reviewHref} />
      </section>
      {props.undo && <UndoToast title={props.undo.title} onUndo={props.onUndo} onDismiss={props.onDismissUndo} />}
      <p class="cc-status" role="status">
        {props.status}
      </p>
      <p class="cc-status cc-error" role="alert">
        {props.error}
      </p>
    </main>
  );
}
