import type { ContextPack, PackProvenance } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import type { SourceLabel } from '../../core/pack/term-content';
import { formatDay } from '../context/date-format';
import { sourceLabelText } from '../context/source-tag';
import { SourceLine } from '../context/source-line';

export interface PopupHeaderProps {
  /** The pack shown. */
  pack: ContextPack;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Also name the source's title (the full-context tab has room; the popup keeps its first screen). */
  withTitle?: boolean;
  /** How the source reached the reader (curated, added by the reader, imported), as on cards. */
  label?: SourceLabel;
}

/** Who checked the pack against its source, and when, in words a reader understands (the version is in the options' About). */
export function checkedLine(provenance: PackProvenance, locale: string): string {
  if (provenance.kind === 'curated') return t('popup_checkedCurated', [formatDay(provenance.reviewed, locale)]);
  if (provenance.kind === 'reader-reviewed') return t('popup_checkedReader', [formatDay(provenance.reviewed, locale)]);
  return t('popup_extracted', [formatDay(provenance.extracted, locale)]);
}

/** The topic, the source (title, publisher, date) and when the pack was checked against it. */
export function PopupHeader({ pack, locale, withTitle = false, label }: PopupHeaderProps) {
  return (
    <header class="cc-popup-header">
      <p class="cc-label">{t('popup_topicLabel')}</p>
      <h1 class="cc-popup-title" dir="auto">
        {pack.topic.label}
      </h1>
      <SourceLine source={pack.source} locale={locale} withTitle={withTitle} />
      <p class="cc-pack-meta">
        {label && <span class="cc-tag">{sourceLabelText(label, locale)}</span>}
        {label && ' · '}
        {checkedLine(pack.provenance, locale)}
      </p>
    </header>
  );
}
