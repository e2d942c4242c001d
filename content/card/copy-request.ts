/**
 * The content-script side of copying: the background formats (it holds the sources and the citation
 * formatters, so the content script stays small) and answers `cardCopy` with text and HTML. When it is
 * unreachable, a plain attribution is built from what the card shows, so a copy still works.
 */
import { browser } from 'wxt/browser';
import type { CopyRequest as CardCopyRequest } from '../../core/cite/pack-citation';
import { proseText } from '../../core/pack/prose';
import { quotationAsShown, translationNoteInEnglish } from '../../core/pack/quote-display';
import type { TermContent, TermQuote, TermSource } from '../../core/pack/term-content';
import type { CopyPayload } from './clipboard';

function isPayload(value: unknown): value is CopyPayload {
  const v = value as { text?: unknown; html?: unknown } | null;
  return !!v && typeof v.text === 'string' && (v.html === undefined || typeof v.html === 'string');
}

/** A plain "Publisher, "Title", date, URL" line, when the background cannot format. */
export function plainCopy(source: TermSource, quote: TermQuote | undefined): CopyPayload {
  const cite = [source.publisher, `“${source.title}”`, source.published, source.url].filter(Boolean).join(', ');
  if (!quote) return { text: cite };
  const by = [quote.speaker?.name, quote.speaker?.role, quote.occasion && proseText(quote.occasion), quote.date?.value].filter(Boolean).join(', ');
  const note = quote.translation ? ` (${translationNoteInEnglish(quote.translation)})` : '';
  return { text: `“${quotationAsShown(quote)}” — ${by}${note}.\n${cite}` };
}

/** The strings to copy for a card: formatted by the background in the default style, else plain from what the
 * card shows (nothing when it shows nothing yet). */
export async function copyStringsFor(content: TermContent | null, request: CardCopyRequest): Promise<CopyPayload> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'cardCopy', data: request });
    if (isPayload(answer)) return answer;
  } catch {
    // The background is gone or does not answer: fall through to the plain line.
  }
  const shown = content?.sources.find((s) => s.source.id === request.sourceId) ?? content?.sources[0];
  if (!shown) return { text: '' };
  return plainCopy(shown.source, request.quoteId ? shown.quotes.find((q) => q.id === request.quoteId) : undefined);
}
