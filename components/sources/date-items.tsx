import type { ContextPack, PackEvent } from '../../core/pack/schema';
import { proseText } from '../../core/pack/prose';
import { t, type MessageKey } from '../../utils/i18n';
import { DateLabel } from '../context/date-label';
import { eventSpan, type TextSpan } from './evidence';
import { EvidenceLine } from './evidence-line';

export interface DateItemsProps {
  /** The pack as edited (removed dates still in it, listed in `removed`). */
  pack: ContextPack;
  /** Ids of the events whose dates the reader left out. */
  removed: ReadonlySet<string>;
  /** BCP 47 locale of the UI. */
  locale: string;
  /** Leaves a date out (true) or puts it back (false). */
  onRemove: (eventId: string, removed: boolean) => void;
  /** Scrolls the open page to a span; absent when the page is not open. */
  onShow?: (span: TextSpan) => void;
}

const CONFIDENCE: Record<PackEvent['date']['confidence'], MessageKey> = {
  stated: 'review_confidenceStated',
  high: 'review_confidenceHigh',
  medium: 'review_confidenceMedium',
  low: 'review_confidenceLow',
};

function DateItem({ event, index, locale, onRemove, onShow }: { event: PackEvent; index: number } & Pick<DateItemsProps, 'locale' | 'onRemove' | 'onShow'>) {
  const ev = event.date.evidence;
  const sentence = proseText(event.title);
  return (
    <li class="cc-review-item" data-event-id={event.id}>
      <p class="cc-date-line" id={`review-date-${index}`}>
        <DateLabel date={event.date} locale={locale} /> <code class="cc-iso">{event.date.value}</code> <span class="cc-muted">{t(CONFIDENCE[event.date.confidence])}</span>
      </p>
      {ev.where === 'article' && <p class="cc-help">{t('review_dateExpression', [ev.expression])}</p>}
      {ev.where === 'source-url' && <p class="cc-help">{t('review_dateFromUrl', [ev.expression])}</p>}
      {ev.where === 'metadata' && <p class="cc-help">{t('review_dateFromMetadata', [ev.field])}</p>}
      <EvidenceLine
        {...(ev.where === 'article' ? { paragraph: ev.paragraph } : {})}
        snippet={sentence}
        span={eventSpan(event)}
        itemLabel={event.date.value}
        {...(onShow ? { onShow } : {})}
      />
      <button type="button" class="cc-button cc-small" data-action="remove" aria-describedby={`review-date-${index}`} onClick={() => onRemove(event.id, true)}>
        {t('review_removeDate')}
      </button>
    </li>
  );
}

/** The dates the extension read, each with its resolved value, how sure it is, and where it was read. */
export function DateItems({ pack, removed, locale, onRemove, onShow }: DateItemsProps) {
  return (
    <section class="cc-options-section" aria-labelledby="review-dates-h">
      <h2 id="review-dates-h">{t('review_datesHeading', [String(pack.events.length - removed.size)])}</h2>
      {pack.events.length === 0 && <p class="cc-help">{t('review_noDates')}</p>}
      <ol class="cc-review-list">
        {pack.events.map((event, index) =>
          removed.has(event.id) ? (
            <li key={event.id} class="cc-review-item cc-removed" data-event-id={event.id}>
              <p>
                <span class="cc-muted">{t('review_removedDate')}</span> <code class="cc-iso">{event.date.value}</code>{' '}
                <button type="button" class="cc-button cc-small" data-action="put-back" aria-label={t('review_putBackFor', [event.date.value])} onClick={() => onRemove(event.id, false)}>
                  {t('review_putBack')}
                </button>
              </p>
            </li>
          ) : (
            <DateItem key={event.id} event={event} index={index} locale={locale} onRemove={onRemove} {...(onShow ? { onShow } : {})} />
          ),
        )}
      </ol>
    </section>
  );
}
