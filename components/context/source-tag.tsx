import type { SourceLabel, TermSource } from '../../core/pack/term-content';
import { t } from '../../utils/i18n';
import { formatDay } from './date-format';

/** How a source reached the reader, in words: curated, added (reviewed or not), or imported. */
export function sourceLabelText(label: SourceLabel, locale: string): string {
  if (label.kind === 'curated') return t('card_sourceCurated');
  if (label.kind === 'imported') return t('card_sourceImported');
  return label.reviewedAt ? t('card_sourceAddedReviewed', [formatDay(label.reviewedAt.slice(0, 10), locale)]) : t('card_sourceAddedUnreviewed');
}

export interface SourceTagProps {
  source: TermSource;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
}

/** "CNN, 31 Oct 2018 · curated source": the source an item of the card comes from. */
export function SourceTag({ source, locale }: SourceTagProps) {
  return (
    <p class="cc-from">
      <span>
        <span lang={source.language} dir="auto">
          {source.publisher}
        </span>
        {source.published && (
          <>
            {', '}
            <time dateTime={source.published}>{formatDay(source.published, locale)}</time>
          </>
        )}
      </span>
      {' · '}
      <span class="cc-tag">{sourceLabelText(source.label, locale)}</span>
    </p>
  );
}
