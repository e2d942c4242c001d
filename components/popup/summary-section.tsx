import type { PackSummary } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { ProseView } from '../context/prose-view';

export interface SummarySectionProps {
  /** The pack's summary: the project's own, or the source's description of itself. */
  summary: PackSummary | undefined;
  /** The source's language (a description is in its words). */
  lang?: string;
}

/** The project's gist and short summary, labelled as its words; or the source's description, labelled as the source's. */
export function SummarySection({ summary, lang }: SummarySectionProps) {
  if (summary?.origin === 'source') {
    return (
      <>
        <p class="cc-label">{t('popup_summarySourceLabel')}</p>
        <blockquote class="cc-summary cc-source-description" lang={lang} dir="auto">
          {summary.text}
        </blockquote>
      </>
    );
  }
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
