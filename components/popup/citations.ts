/** Every citation the popup offers, formatted once when it opens (the access date is today, local). */
import { packItem, quoteCopyFor } from '../../core/cite/pack-citation';
import { formatCitation } from '../../core/cite/format-citation';
import { STYLES, type CitationForm as FormId, type StyleId } from '../../core/cite/styles';
import type { ContextPack, Quote } from '../../core/pack/schema';
import { t, type MessageKey } from '../../utils/i18n';
import type { CitationChoice } from './citation-panel';
import type { CopyPayload } from '../../utils/clipboard';

const FORM_KEYS: Record<FormId, MessageKey> = {
  reference: 'popup_formReference',
  'in-text': 'popup_formInText',
  note: 'popup_formNote',
  'short-note': 'popup_formShortNote',
  bibliography: 'popup_formBibliography',
};

/** Every style and form for the pack's source, accessed on `today`. */
export function citationChoices(pack: ContextPack, today: Date): CitationChoice[] {
  const item = packItem(pack, today);
  return STYLES.map((style) => ({
    id: style.id,
    name: style.name,
    lang: style.locale ?? 'en',
    forms: style.forms.map((form) => ({ id: form, name: t(FORM_KEYS[form]), payload: formatCitation(item, style.id, form) })),
  }));
}

/** A quotation as copied: “words” — speaker, role, occasion, date; the source in the default style; the passage link. */
export function quotePayloadFor(pack: ContextPack, styleId: StyleId, today: Date): (quote: Quote) => CopyPayload {
  return (quote) => {
    const { text, html } = quoteCopyFor(pack, quote, styleId, today);
    return { text, html };
  };
}
