/**
 * The content-script side of copying: the background formats (it holds the citation formatters, so the
 * content script stays small) and answers `cardCopy` with text and HTML. Until the background knows
 * `cardCopy`, or when it is unreachable, a plain attribution is built here, so a copy still works.
 */
import { browser } from 'wxt/browser';
import { speakerOf } from '../../core/pack/lookups';
import { proseText } from '../../core/pack/prose';
import { quotationAsShown, translationCredit, translationNoteInEnglish } from '../../core/pack/quote-display';
import type { ContextPack, Quote } from '../../core/pack/schema';
import type { CopyPayload } from './clipboard';
import type { CopyRequest as CardCopyRequest } from '../../core/cite/pack-citation';

function isPayload(value: unknown): value is CopyPayload {
  const v = value as { text?: unknown; html?: unknown } | null;
  return !!v && typeof v.text === 'string' && (v.html === undefined || typeof v.html === 'string');
}

/** A plain "Publisher, "Title", date, URL" line, when the background cannot format. */
export function plainCopy(pack: ContextPack, quote: Quote | undefined): CopyPayload {
  const { source } = pack;
  const cite = [source.publisher, `“${source.title}”`, source.published, source.url].filter(Boolean).join(', ');
  if (!quote) return { text: cite };
  const speaker = speakerOf(pack, quote);
  const by = [speaker?.name, speaker?.role, quote.occasion && proseText(quote.occasion), quote.date?.value].filter(Boolean).join(', ');
  const translation = translationCredit(pack, quote);
  const note = translation ? ` (${translationNoteInEnglish(translation)})` : '';
  return { text: `“${quotationAsShown(quote)}” — ${by}${note}.\n${cite}` };
}

/** The strings to copy for a card: formatted by the background in the default style, else plain. */
export async function copyStringsFor(pack: ContextPack, request: CardCopyRequest): Promise<CopyPayload> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'cardCopy', data: request });
    if (isPayload(answer)) return answer;
  } catch {
    // The background is gone or does not answer: fall through to the plain line.
  }
  return plainCopy(pack, request.quoteId ? pack.quotes.find((q) => q.id === request.quoteId) : undefined);
}
