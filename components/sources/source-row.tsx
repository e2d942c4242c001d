import { isWebUrl } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { formatDay } from '../context/date-format';
import type { SourceRow } from './filter-sources';

export interface SourceRowProps {
  source: SourceRow;
  /** Position in the list, for unique element ids. */
  index: number;
  /** BCP 47 locale of the UI. */
  locale: string;
  /** Chosen for "Export selected". */
  selected: boolean;
  onSelect: (selected: boolean) => void;
  /** Turns the source on or off (cards and the popup use only the sources that are on). */
  onEnabled: (enabled: boolean) => void;
  /** Opens the review page for it again. */
  onReview: () => void;
  onDelete: () => void;
}

/** A local day of an ISO date-time, in the UI's words. */
export function localDay(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** One kept source: what it is, where it came from, whether the reader reviewed it, and what can be done with it. */
export function SourceRowView({ source, index, locale, selected, onSelect, onEnabled, onReview, onDelete }: SourceRowProps) {
  const id = `source-${index}`;
  const counts = [t('sources_quoteCount', [String(source.quotes)]), t('sources_dateCount', [String(source.dates)])].join(' · ');
  return (
    <li class={source.enabled ? 'cc-source-row' : 'cc-source-row cc-off'} data-source-id={source.id}>
      <h2 id={`${id}-title`} class="cc-source-title" dir="auto">
        {isWebUrl(source.pageUrl) ? (
          <a href={source.pageUrl} target="_blank" rel="noreferrer noopener">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </h2>
      <p class="cc-help">
        <bdi>{source.site}</bdi>
        {' · '}
        {source.published ? formatDay(source.published, locale) : t('sources_noDate')}
        {' · '}
        {counts}
      </p>
      <p class="cc-help" data-provenance>
        {t(source.origin === 'imported' ? 'sources_originImported' : 'sources_originAdded')}
        {' · '}
        {source.reviewedAt ? t('sources_reviewedOn', [localDay(source.reviewedAt, locale)]) : <strong>{t('sources_notReviewed')}</strong>}
      </p>
      <div class="cc-inline cc-row-actions">
        <label class="cc-check">
          <input type="checkbox" name="enabled" role="switch" checked={source.enabled} aria-describedby={`${id}-title`} onChange={(e) => onEnabled(e.currentTarget.checked)} />
          {t('sources_enabled')}
        </label>
        <label class="cc-check">
          <input type="checkbox" name="selected" checked={selected} aria-describedby={`${id}-title`} onChange={(e) => onSelect(e.currentTarget.checked)} />
          {t('sources_select')}
        </label>
        <button type="button" class="cc-button cc-small" aria-describedby={`${id}-title`} onClick={onReview}>
          {t('sources_review')}
        </button>
        <button type="button" class="cc-button cc-small" aria-describedby={`${id}-title`} onClick={onDelete}>
          {t('sources_delete')}
        </button>
      </div>
    </li>
  );
}
