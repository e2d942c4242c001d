import { speakerOf, eventsForTerm, formatDatePrecision, quotesForTerm, termById } from '../../core/pack/lookups';
import { translationCredit } from '../../core/pack/quote-display';
import type { ContextPack, PackEvent, Quote } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { DateLabel } from './date-label';
import { ProseView } from './prose-view';
import { QuoteBlock } from './quote-block';
import { SourceLine } from './source-line';

/** How many quotations and dates a card shows: enough to orient, small enough to read at a glance. */
export const CARD_QUOTES = 2;
export const CARD_DATES = 3;

export interface TermContextProps {
  /** The pack the term belongs to. */
  pack: ContextPack;
  /** The term to explain. */
  termId: string;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Name of the user's default citation style, shown on the copy button ("APA 7"). */
  citationStyleName: string;
  /** Prefix for element ids, unique within the document or shadow root. */
  idPrefix?: string;
  /** Result of the last action ("Citation copied"), announced politely. */
  status?: string;
  /** Copies the source citation in the default style. */
  onCopyCitation: () => void;
  /** Copies one quotation with its attribution. */
  onCopyQuote: (quote: Quote) => void;
  /** Mutes the term on this site; no button without it (e.g. no site). */
  onMute?: () => void;
  /** Opens the full context page for the term. */
  onOpenContext: () => void;
}

function firstDay(e: PackEvent): string {
  const shape = formatDatePrecision(e.date);
  return shape.kind === 'day' ? shape.date : shape.start;
}

/** The term's most relevant events (its curated order), shown in date order. */
export function cardEvents(pack: ContextPack, termId: string): PackEvent[] {
  return eventsForTerm(pack, termId)
    .slice(0, CARD_DATES)
    .sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
}

// Plain groups with headings, not <section> regions: several cards on one page (the popup) would repeat
// region names, and a small dialog gains nothing from landmarks.
/** The card body: what the term is, the project's gist, the source's words, dates, source and actions. */
export function TermContext(props: TermContextProps) {
  const { pack, termId, locale, idPrefix = 'cc' } = props;
  const term = termById(pack, termId);
  const quotes = quotesForTerm(pack, termId).slice(0, CARD_QUOTES);
  const quoteView = (q: Quote) => (
    <QuoteBlock
      key={q.id}
      quote={q}
      speaker={speakerOf(pack, q)}
      translation={translationCredit(pack, q)}
      locale={locale}
      showLabel={false}
      onCopy={props.onCopyQuote}
    />
  );
  const events = cardEvents(pack, termId);
  const headingId = `${idPrefix}-term`;
  // The pack's own prose (labels, notes, gist, event titles) is in its source's language, not the UI's:
  // a screen reader must not read English with a Chinese voice. The schema has no separate field for it.
  const lang = pack.source.language;
  return (
    <article class="cc-context" aria-labelledby={headingId}>
      <h2 id={headingId} class="cc-term" lang={lang} dir="auto">
        {term?.label ?? termId}
      </h2>
      {term && (
        <p class="cc-note" lang={lang} dir="auto">
          <ProseView prose={term.note} />
        </p>
      )}
      {pack.summary?.origin === 'project' && (
        <div class="cc-section">
          <h3 id={`${idPrefix}-gist`} class="cc-label">
            {t('card_gistLabel')}
          </h3>
          <p class="cc-gist" lang={lang} dir="auto">
            <ProseView prose={pack.summary.gist} />
          </p>
        </div>
      )}
      {quotes.length > 0 && (
        // Long content folds away instead of scrolling in a small box: the first quotation shows, the rest opens.
        <div class="cc-section">
          <h3 id={`${idPrefix}-quotes`} class="cc-label">
            {t('card_quotesLabel')}
          </h3>
          {quotes.slice(0, 1).map(quoteView)}
          {quotes.length > 1 && (
            <details class="cc-more">
              <summary>{t('card_moreQuotes', [quotes.length - 1])}</summary>
              {quotes.slice(1).map(quoteView)}
            </details>
          )}
        </div>
      )}
      {events.length > 0 && (
        <details class="cc-section cc-more">
          <summary>
            <h3 id={`${idPrefix}-dates`} class="cc-label cc-summary-h">
              {t('card_datesLabel')}
            </h3>
          </summary>
          <ul class="cc-dates">
            {events.map((e) => (
              <li key={e.id}>
                <DateLabel date={e.date} locale={locale} />
                <span class="cc-event" lang={lang} dir="auto">
                  <ProseView prose={e.title} />
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <SourceLine source={pack.source} locale={locale} />
      {/* The actions and their feedback stay in view at the card's foot, however far it is scrolled. */}
      <div class="cc-footer">
      <div class="cc-actions" role="group" aria-label={t('card_actionsLabel')}>
        <button type="button" class="cc-button" onClick={props.onCopyCitation}>
          {t('card_copyCitation', [props.citationStyleName])}
        </button>
        {props.onMute && (
          <button type="button" class="cc-button" onClick={props.onMute}>
            {t('card_mute')}
          </button>
        )}
        <button type="button" class="cc-button" onClick={props.onOpenContext}>
          {t('card_openContext')}
        </button>
      </div>
      <p class="cc-status" role="status">
        {props.status ?? ''}
      </p>
      </div>
    </article>
  );
}
