import type { TermContent, TermQuote, TermSource } from '../../core/pack/term-content';
import { t } from '../../utils/i18n';
import { DateLabel } from './date-label';
import { ProseView } from './prose-view';
import { QuoteBlock } from './quote-block';
import { SourceLine } from './source-line';
import { SourceTag } from './source-tag';

/** Where the card's content stands: asked for, shown, no answer from the background, or no source has it. */
export type ContentState = 'loading' | 'ready' | 'failed' | 'none';

export interface TermContextProps {
  /** The term to explain. */
  termId: string;
  /** Its label, known before the content comes (the heading meanwhile). */
  label: string;
  /** What the sources say, from the background; null until it answers. */
  content: TermContent | null;
  state: ContentState;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Name of the user's default citation style, shown on the copy button ("APA 7"). */
  citationStyleName: string;
  /** Prefix for element ids, unique within the document or shadow root. */
  idPrefix?: string;
  /** Result of the last action ("Citation copied"), announced politely. */
  status?: string;
  /** Id of the source the citation button cites: the item the reader last pointed at or focused; else the first. */
  citing?: string;
  /** The reader pointed at or focused an item of this source. */
  onCiting?: (sourceId: string) => void;
  /** Copies the citation of a source in the default style. */
  onCopyCitation: (sourceId: string | undefined) => void;
  /** Copies one quotation of a source with its attribution. */
  onCopyQuote: (quote: TermQuote, sourceId: string) => void;
  /** Mutes the term on this site; no button without it (e.g. no site). */
  onMute?: () => void;
  /** Opens the full context page for the term. */
  onOpenContext: () => void;
}

/** One item of the card (a quotation, a date); pointing at it or focusing in it makes its source the one cited. */
function itemHandlers(source: TermSource, onCiting: TermContextProps['onCiting']) {
  if (!onCiting) return {};
  const cite = () => onCiting(source.id);
  return { onPointerEnter: cite, onFocusCapture: cite };
}

// Plain groups with headings, not <section> regions: several cards on one page (the popup) would repeat
// region names, and a small dialog gains nothing from landmarks.
/** The card body: what the term is, the project's gist, what each source says, dates, the source cited and actions. */
export function TermContext(props: TermContextProps) {
  const { content, state, locale, idPrefix = 'cc' } = props;
  const sources = content?.sources ?? [];
  const quotes = sources.flatMap(({ source, quotes }) => quotes.map((quote) => ({ source, quote })));
  const dates = sources.flatMap(({ source, dates }) => dates.map((date) => ({ source, date })));
  const cited = sources.find((s) => s.source.id === props.citing)?.source ?? sources[0]?.source;
  // One view for the first quotation and the folded ones alike.
  const quoteView = ({ source, quote }: (typeof quotes)[number]) => (
    <div key={`${source.id}/${quote.id}`} class="cc-item" {...itemHandlers(source, props.onCiting)}>
      <QuoteBlock
        quote={quote}
        speaker={quote.speaker}
        translation={quote.translation}
        locale={locale}
        showLabel={false}
        onCopy={(q) => props.onCopyQuote(q, source.id)}
      />
      <SourceTag source={source} locale={locale} />
    </div>
  );
  const headingId = `${idPrefix}-term`;
  // The defining pack's prose (label, note, gist) is in its source's language, not the UI's: a screen reader
  // must not read English with a Chinese voice. Each source's own items carry theirs.
  const lang = content?.lang;
  return (
    <article class="cc-context" aria-labelledby={headingId} aria-busy={state === 'loading'} data-state={state}>
      <h2 id={headingId} class="cc-term" lang={lang} dir="auto">
        {content?.label ?? props.label}
      </h2>
      {content && (
        <p class="cc-note" lang={lang} dir="auto">
          <ProseView prose={content.note} />
        </p>
      )}
      {state === 'loading' && <p class="cc-note">{t('card_loading')}</p>}
      {state === 'failed' && <p class="cc-note cc-error" role="alert">{t('card_unavailable')}</p>}
      {state === 'none' && <p class="cc-note">{t('card_noContent')}</p>}
      {content?.gist && (
        <div class="cc-section">
          <h3 id={`${idPrefix}-gist`} class="cc-label">
            {t('card_gistLabel')}
          </h3>
          <p class="cc-gist" lang={lang} dir="auto">
            <ProseView prose={content.gist} />
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
      {dates.length > 0 && (
        <details class="cc-section cc-more">
          <summary>
            <h3 id={`${idPrefix}-dates`} class="cc-label cc-summary-h">
              {t('card_datesLabel')}
            </h3>
          </summary>
          <ul class="cc-dates">
            {dates.map(({ source, date }) => (
              <li key={`${source.id}/${date.id}`} class="cc-item" {...itemHandlers(source, props.onCiting)}>
                <DateLabel date={date.date} locale={locale} />
                <span class="cc-event" lang={source.language} dir="auto">
                  <ProseView prose={date.title} />
                </span>
                <SourceTag source={source} locale={locale} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {cited && <SourceLine source={cited} locale={locale} />}
      {/* The actions and their feedback stay in view at the card's foot, however far it is scrolled. */}
      <div class="cc-footer">
      <div class="cc-actions" role="group" aria-label={t('card_actionsLabel')}>
        {cited && (
          <button type="button" class="cc-button" onClick={() => props.onCopyCitation(cited.id)}>
            {t('card_copyCitation', [props.citationStyleName])}
          </button>
        )}
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
