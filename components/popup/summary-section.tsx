import type { PackSummary } from '../../core/pack/schema';
import { t } from '../../utils/i18n';

export interface SummarySectionProps {
  /** The project's summary of the source. */
  summary: PackSummary;
}

/** The gist and the short summary, labelled as the project's words, not the source's. */
export function SummarySection({ summary }: SummarySectionProps) {
  return (
    <>
      <p class="cc-label">{t('popup_summaryLabel')}</p>
      <p class="cc-gist" dir="auto">
        <strong>{summary.gist}</strong>
      </p>
      <p class="cc-summary" dir="auto">
        {summary.short}
      </p>
    </>
  );
}
