import type { ContextPack } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { formatDay } from '../context/date-format';
import { SourceLine } from '../context/source-line';

export interface PopupHeaderProps {
  /** The pack shown. */
  pack: ContextPack;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Also name the source's title (the full-context tab has room; the popup keeps its first screen). */
  withTitle?: boolean;
}

/** The topic, the source (title, publisher, date) and the pack's version and review date. */
export function PopupHeader({ pack, locale, withTitle = false }: PopupHeaderProps) {
  return (
    <header class="cc-popup-header">
      <p class="cc-label">{t('popup_topicLabel')}</p>
      <h1 class="cc-popup-title" dir="auto">
        {pack.topic.label}
      </h1>
      <SourceLine source={pack.source} locale={locale} withTitle={withTitle} />
      <p class="cc-pack-meta">
        {t('popup_packMeta', [pack.packVersion, formatDay(pack.reviewed, locale)])}
      </p>
    </header>
  );
}
