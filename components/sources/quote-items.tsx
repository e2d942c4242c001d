import { useState } from 'preact/hooks';
import type { ContextPack, Quote } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { DateLabel } from '../context/date-label';
import { passageSnippet, quoteSpan, type TextSpan } from './evidence';
import { EvidenceLine } from './evidence-line';
import { speakers, withSpeaker, type SpeakerChoice } from './review-edits';

export interface QuoteItemsProps {
  /** The pack as edited (removed quotations still in it, listed in `removed`). */
  pack: ContextPack;
  /** Ids of the quotations the reader left out. */
  removed: ReadonlySet<string>;
  /** BCP 47 locale of the UI. */
  locale: string;
  /** Applies one change to the pack. */
  onEdit: (change: (p: ContextPack) => ContextPack) => void;
  /** Leaves a quotation out (true) or puts it back (false). */
  onRemove: (quoteId: string, removed: boolean) => void;
  /** Scrolls the open page to a span; absent when the page is not open. */
  onShow?: (span: TextSpan) => void;
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function speakerValue(quote: Quote): string {
  return quote.source.kind === 'unidentified' ? 'unidentified' : `entity:${quote.source.entityId}`;
}

function NewSpeaker({ id, onApply, onCancel }: { id: string; onApply: (choice: SpeakerChoice) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'person' | 'organisation'>('person');
  const [error, setError] = useState(false);
  return (
    <form
      class="cc-inline cc-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const typed = name.replace(/\s+/g, ' ').trim();
        if (!typed) return setError(true);
        onApply({ kind: 'new', name: typed, entityKind: kind });
      }}
    >
      <span>
        <label for={`${id}-new-name`}>{t('review_newSpeakerName')}</label>
        <input id={`${id}-new-name`} type="text" dir="auto" value={name} maxLength={160} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-new-error` : undefined} onInput={(e) => { setName(e.currentTarget.value); setError(false); }} />
      </span>
      <span>
        <label for={`${id}-new-kind`}>{t('review_newSpeakerKind')}</label>
        <select id={`${id}-new-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as 'person' | 'organisation')}>
          <option value="person">{t('review_kindPerson')}</option>
          <option value="organisation">{t('review_kindOrganisation')}</option>
        </select>
      </span>
      <button type="submit" class="cc-button">{t('review_useSpeaker')}</button>
      <button type="button" class="cc-button" onClick={onCancel}>{t('review_cancel')}</button>
      {error && <p id={`${id}-new-error`} class="cc-error">{t('review_errorSpeakerName')}</p>}
    </form>
  );
}

function QuoteItem({ pack, quote, index, locale, onEdit, onRemove, onShow }: Omit<QuoteItemsProps, 'removed'> & { quote: Quote; index: number }) {
  const [adding, setAdding] = useState(false);
  const id = `review-quote-${index}`;
  const choices = speakers(pack);
  const source = quote.source;
  return (
    <li class="cc-review-item" data-quote-id={quote.id} aria-labelledby={`${id}-text`}>
      <blockquote id={`${id}-text`} class="cc-quote" lang={quote.lang} dir="auto">
        “{quote.text}”
      </blockquote>
      <div class="cc-inline">
        <label for={`${id}-speaker`}>{t('review_speaker')}</label>
        <select
          id={`${id}-speaker`}
          value={adding ? 'new' : speakerValue(quote)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === 'new') return setAdding(true);
            setAdding(false);
            onEdit((p) => withSpeaker(p, quote.id, value === 'unidentified' ? { kind: 'unidentified' } : { kind: 'entity', entityId: value.slice(7) }));
          }}
        >
          <option value="unidentified">{t('review_speakerNotIdentified')}</option>
          {choices.map((entity) => (
            <option key={entity.id} value={`entity:${entity.id}`}>
              {entity.role ? `${entity.name} (${entity.role})` : entity.name}
            </option>
          ))}
          <option value="new">{t('review_speakerOther')}</option>
        </select>
      </div>
      {adding && (
        <NewSpeaker
          id={id}
          onApply={(choice) => {
            setAdding(false);
            onEdit((p) => withSpeaker(p, quote.id, choice));
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {source.kind === 'unidentified' && (
        <p class="cc-help cc-unidentified">
          {source.as ? t('review_speakerReferredAs', [source.as]) : t('review_speakerNotIdentifiedHelp')}
        </p>
      )}
      {quote.speakerInferred && <p class="cc-help">{t('review_speakerInferred')}</p>}
      {quote.date && (
        <p class="cc-help">
          {t('review_quoteDate')} <DateLabel date={quote.date} locale={locale} />
        </p>
      )}
      <EvidenceLine paragraph={quote.evidence.paragraph} snippet={passageSnippet(quote.passage)} span={quoteSpan(quote)} itemLabel={short(quote.text)} {...(onShow ? { onShow } : {})} />
      <button type="button" class="cc-button cc-small" data-action="remove" aria-describedby={`${id}-text`} onClick={() => onRemove(quote.id, true)}>
        {t('review_removeQuote')}
      </button>
    </li>
  );
}

/** Each quotation with its speaker (editable, or "not identified"), where it came from, and a way to leave it out. */
export function QuoteItems(props: QuoteItemsProps) {
  const { pack, removed, onRemove } = props;
  return (
    <section class="cc-options-section" aria-labelledby="review-quotes-h">
      <h2 id="review-quotes-h">{t('review_quotesHeading', [String(pack.quotes.length - removed.size)])}</h2>
      {pack.quotes.length === 0 && <p class="cc-help">{t('review_noQuotes')}</p>}
      <ol class="cc-review-list">
        {pack.quotes.map((quote, i) =>
          removed.has(quote.id) ? (
            <li key={quote.id} class="cc-review-item cc-removed" data-quote-id={quote.id}>
              <p>
                <span class="cc-muted">{t('review_removedQuote')}</span> <q dir="auto">{short(quote.text)}</q>{' '}
                <button type="button" class="cc-button cc-small" data-action="put-back" aria-label={t('review_putBackFor', [short(quote.text)])} onClick={() => onRemove(quote.id, false)}>
                  {t('review_putBack')}
                </button>
              </p>
            </li>
          ) : (
            <QuoteItem key={quote.id} {...props} quote={quote} index={i} />
          ),
        )}
      </ol>
    </section>
  );
}
