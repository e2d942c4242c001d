import type { ShownDate } from '../../core/pack/term-content';
import { t } from '../../utils/i18n';
import { formatPackDate } from './date-format';

export interface DateLabelProps {
  /** The pack date to show. */
  date: ShownDate;
  /** BCP 47 locale for the wording (the UI's). */
  locale: string;
}

/** A date at its precision ("30 Oct 2018", "Oct 2018", "week of 5 Nov 2018"), "≈" when resolved with doubt. */
export function DateLabel({ date, locale }: DateLabelProps) {
  const shown = formatPackDate(date, locale, (day) => t('card_dateWeekOf', [day]));
  return (
    <time class="cc-date" dateTime={shown.datetime}>
      {shown.approximate && (
        <abbr class="cc-approx" title={t('card_dateApproximate')}>
          ≈
        </abbr>
      )}
      {shown.approximate && ' '}
      {shown.text}
    </time>
  );
}
