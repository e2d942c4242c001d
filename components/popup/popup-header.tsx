import { reviewedDay } from '../../core/pack/lookups';
import type { ContextPack } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { formatDay } from '../context/date-format';
import { SourceLine } from '../context/source-line';

export interface PopupHeaderProps {
  /** The pack shown. */
  pack: ContextPack;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
}

/** The topic, the source (title, publisher, date) and the pack's version and review date. */
export function PopupHeader({ pack, locale }: PopupHeaderProps) {
  const reviewed = reviewedDay(pack);
  return (
    <header class="cc-popup-header">
      <p class="cc-label">{t('popup_topicLabel')}</p>
      <h1 class="cc-popup-title" dir="auto">
        {pack.topic.label}
      </h1>
      <SourceLine source={pack.source} locale={locale} withTitle />
      {reviewed && (
        <p class="cc-pack-meta">
          {t('popup_packMeta', [pack.packVersion, formatDay(reviewed, locale)])}
        </p>
      )}
    </header>
  );
}
