import { useState } from 'preact/hooks';
import { speakerOf } from '../../core/pack/lookups';
import type { ContextPack, Quote } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { translationCredit } from '../../core/pack/quote-display';
import { QuoteBlock } from '../context/quote-block';

export interface KeyQuotesProps {
  /** The pack whose quotations are shown. */
  pack: ContextPack;
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Copies one quotation with its attribution and a link to the passage. */
  onCopyQuote: (quote: Quote) => void;
}

/** Key quotations first, in the pack's order; the others after them, for "show all". */
export function orderQuotes(quotes: readonly Quote[]): { key: Quote[]; rest: Quote[] } {
  return { key: quotes.filter((q) => q.key), rest: quotes.filter((q) => !q.key) };
}

/** The source's key quotations, each with its attribution and a copy button; all of them behind "show all". */
export function KeyQuotes({ pack, locale, onCopyQuote }: KeyQuotesProps) {
  const [all, setAll] = useState(false);
  const { key, rest } = orderQuotes(pack.quotes);
  // A reader's source marks no quotation as key: all of them are shown.
  const none = key.length === 0;
  const shown = all || none ? [...key, ...rest] : key;
  return (
    <>
      <p class="cc-label">{t('popup_quotesLabel')}</p>
      <div id="popup-quote-list">
        {shown.map((q) => (
          <QuoteBlock
            key={q.id}
            quote={q}
            speaker={speakerOf(pack, q)}
            translation={translationCredit(pack, q)}
            locale={locale}
            showLabel={false}
            onCopy={onCopyQuote}
          />
        ))}
      </div>
      {rest.length > 0 && !none && (
        <button type="button" class="cc-button cc-show-all" aria-expanded={all} aria-controls="popup-quote-list" onClick={() => setAll(!all)}>
          {all ? t('popup_showKeyQuotes') : t('popup_showAllQuotes', [String(pack.quotes.length)])}
        </button>
      )}
    </>
  );
}
