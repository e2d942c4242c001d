import { proseText } from '../../core/pack/prose';
import { quotationAsShown, type TranslationCredit } from '../../core/pack/quote-display';
import type { Entity, Quote } from '../../core/pack/schema';
import type { ShownDate } from '../../core/pack/term-content';
import { t } from '../../utils/i18n';
import { DateLabel } from './date-label';
import { splitEditorial } from './quote-text';

/** What the block shows of a quotation: a pack's own, or the card's copy of it (core/pack/term-content). */
export type ShownQuote = Pick<Quote, 'text' | 'lang' | 'partial' | 'editorialInsertions' | 'speakerInferred' | 'occasion'> & { date?: ShownDate | undefined };

export interface QuoteBlockProps<Q extends ShownQuote = Quote> {
  /** The quotation, shown verbatim. */
  quote: Q;
  /** Who said or wrote it (the entity of `quote.source`), if the pack names it. */
  speaker: Pick<Entity, 'name' | 'role'> | undefined;
  /** BCP 47 locale for the date (the UI's); the quotation keeps its own `lang`. */
  locale: string;
  /** Show the "verbatim words of the source" label (off when a heading above already says so). */
  showLabel?: boolean;
  /** Called by the "Copy quotation" button; no button without it. */
  onCopy?: (quote: Q) => void;
  /** Who translated the words, when they are a translation (core/pack/quote-display `translationCredit`). */
  translation?: TranslationCredit;
}

function translationNote(credit: TranslationCredit): string {
  return credit.by === 'named' ? t('card_translationBy', [credit.name]) : t('card_translationUnknown');
}

/**
 * A quotation labelled as the source's verbatim words, with speaker, role, occasion and date. Partial
 * quotations, words the source inserted and speakers the article only implies are marked as such.
 */
export function QuoteBlock<Q extends ShownQuote>({ quote, speaker, locale, showLabel = true, onCopy, translation }: QuoteBlockProps<Q>) {
  const parts = splitEditorial(quotationAsShown(quote), quote.editorialInsertions);
  const name = speaker?.name ?? t('card_speakerUnknown');
  const hasEditorial = parts.some((p) => p.editorial);
  return (
    <figure class="cc-quote">
      {showLabel && <p class="cc-label">{t('card_quoteLabel')}</p>}
      <blockquote lang={quote.lang} dir="auto">
        <span aria-hidden="true">“</span>
        {parts.map((p, i) =>
          p.editorial ? (
            <span key={i} class="cc-editorial" title={t('card_editorialTitle')}>
              {p.text}
            </span>
          ) : (
            p.text
          ),
        )}
        <span aria-hidden="true">”</span>
      </blockquote>
      <figcaption class="cc-attribution">
        <span class="cc-speaker">
          {'— '}
          {name}
        </span>
        {speaker?.role && <>{', '}{speaker.role}</>}
        {quote.speakerInferred && <span class="cc-tag">{t('card_speakerInferred')}</span>}
        {translation && <span class="cc-tag cc-translation">{translationNote(translation)}</span>}
        {quote.occasion && <span class="cc-occasion">{proseText(quote.occasion)}</span>}
        {quote.date && (
          <span class="cc-when">
            <DateLabel date={quote.date} locale={locale} />
          </span>
        )}
      </figcaption>
      {(quote.partial || hasEditorial) && (
        <ul class="cc-marks">
          {quote.partial && <li>{t('card_partialQuote')}</li>}
          {hasEditorial && <li>{t('card_editorialNote')}</li>}
        </ul>
      )}
      {onCopy && (
        <button type="button" class="cc-button cc-small" onClick={() => onCopy(quote)}>
          {t('card_copyQuote')}
        </button>
      )}
    </figure>
  );
}
