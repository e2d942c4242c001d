import type { PackSummary } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { ProseView } from '../context/prose-view';

export interface SummarySectionProps {
  /** The pack's summary; only the project's own summary is shown (a source's description is later work). */
  summary: PackSummary | undefined;
}

/** The gist and the short summary, labelled as the project's words, not the source's. */
export function SummarySection({ summary }: SummarySectionProps) {
  if (summary?.origin !== 'project') return null;
  return (
    <>
      <p class="cc-label">{t('popup_summaryLabel')}</p>
      <p class="cc-gist" dir="auto">
        <strong>
          <ProseView prose={summary.gist} />
        </strong>
      </p>
      <p class="cc-summary" dir="auto">
        <ProseView prose={summary.short} />
      </p>
    </>
  );
}
