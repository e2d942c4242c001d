/**
 * From a context pack to ready-to-copy strings: the source citation in any style, and a quotation with its
 * attribution and passage link. One place for the popup, the card and the context menu.
 */
import { speakerOf } from '../pack/lookups.ts';
import { proseText } from '../pack/prose.ts';
import { quotationAsShown, translationCredit, translationNoteInEnglish } from '../pack/quote-display.ts';
import type { ContextPack, PackDate, PackSource, Quote } from '../pack/schema.ts';
import { buildCslItem, localDay, type CiteName, type CiteSource, type CslItem, type SimpleDate } from './csl-item.ts';
import { formatCitation, type FormattedCitation } from './format-citation.ts';
import { formatQuoteCopy, type QuoteCopy } from './quote-copy.ts';
import { styleInfo, type CitationForm, type StyleId } from './styles.ts';

function simpleDate(iso: string): SimpleDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** The citation input for a pack's source: no author is ever added that the source does not name. */
export function citeSourceOf(source: PackSource): CiteSource {
  // People with both names, and organisations (literal names); a name with one part alone is left out.
  const authors = source.authors.flatMap((a): CiteName[] =>
    a.literal ? [{ literal: a.literal }] : a.family && a.given ? [{ family: a.family, given: a.given }] : [],
  );
  // Only an exact update date is cited; "updated on or after" is not a date a citation can state.
  const updated = source.updated?.value;
  return {
    title: source.title,
    containerTitle: source.containerTitle ?? source.publisher,
    publisher: source.publisher,
    url: source.url,
    ...(source.published ? { issued: simpleDate(source.published) } : {}),
    authors,
    ...(updated ? { updated: simpleDate(updated) } : {}),
    language: source.language,
  };
}

/** The CSL item for a pack's source, accessed on `today` (the reader's local day). */
export function packItem(pack: ContextPack, today: Date): CslItem {
  return buildCslItem(citeSourceOf(pack.source), localDay(today), pack.id);
}

/** The source citation of a pack in a style and form (default: the style's first form). */
export function sourceCitation(pack: ContextPack, style: StyleId, today: Date, form?: CitationForm): FormattedCitation {
  return formatCitation(packItem(pack, today), style, form ?? styleInfo(style).forms[0]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A pack date in English, as citations are (the citation's language is the style's, not the UI's). */
export function englishDate(date: PackDate): string {
  const [y, m, d] = date.value.split('-').map(Number) as [number, number, number?];
  const approx = date.confidence === 'medium' || date.confidence === 'low' ? 'about ' : '';
  if (date.precision === 'year') return `${approx}${y}`;
  if (date.precision === 'month') return `${approx}${MONTHS[m - 1]} ${y}`;
  if (date.precision === 'week') return `${approx}the week of ${d} ${MONTHS[m - 1]} ${y}`;
  return `${approx}${d} ${MONTHS[m - 1]} ${y}`;
}

/** A quotation with its speaker, role, occasion and date, the source citation, and its passage link. */
export function quoteCopyFor(pack: ContextPack, quote: Quote, style: StyleId, today: Date): QuoteCopy {
  const entity = speakerOf(pack, quote);
  const item = packItem(pack, today);
  const base = item.URL.replace(/#.*$/, '');
  const translation = translationCredit(pack, quote);
  return formatQuoteCopy({
    // As shown: without the punctuation the source set inside the closing mark; the link still finds it.
    quote: quotationAsShown(quote),
    // Never the publisher for a quote whose source names nobody: that would be a wrong attribution.
    speaker: entity?.name ?? (quote.source.kind === 'unidentified' ? (quote.source.as ?? 'unidentified speaker') : pack.source.publisher),
    ...(entity?.role ? { role: entity.role } : {}),
    ...(quote.occasion ? { occasion: proseText(quote.occasion) } : {}),
    ...(quote.date ? { date: englishDate(quote.date) } : {}),
    ...(translation ? { translation: translationNoteInEnglish(translation) } : {}),
    item,
    ...(quote.passage ? { link: `${base}#:~:${quote.passage}` } : { sourceText: quote.text }),
    style: style === 'bibtex' || style === 'ris' || style === 'csl-json' ? 'apa' : style,
  });
}

/** What a card or the context menu asks to copy, by id: the source citation for a term, or one of its
 * quotations; `sourceId` names the source (a pack id) when it is not the one that defines the term. */
export interface CopyRequest {
  /** The term's pack (docs/decisions/002); without it, the one pack that defines `termId`, if only one does. */
  packId?: string;
  termId: string;
  sourceId?: string;
  quoteId?: string;
}

/** Text for the clipboard, and HTML where the citation has italics or a link. */
export interface CopyStrings {
  text: string;
  html?: string;
}

/** The pack that defines the requested term: the named one, or the only one with a term of that id. */
function definingPack(packs: readonly ContextPack[], { packId, termId }: CopyRequest): ContextPack | undefined {
  const defining = packs.filter((p) => (packId === undefined || p.id === packId) && p.terms.some((t) => t.id === termId));
  return defining.length === 1 ? defining[0] : undefined;
}

/** Answers a copy request from the packs; null when the term or quote is unknown (or a bare term id is
 * ambiguous). */
export function copyStrings(packs: readonly ContextPack[], request: CopyRequest, style: StyleId, today: Date): CopyStrings | null {
  const pack = request.sourceId === undefined ? definingPack(packs, request) : packs.find((p) => p.id === request.sourceId);
  if (!pack) return null;
  if (request.quoteId === undefined) return sourceCitation(pack, style, today);
  const quote = pack.quotes.find((q) => q.id === request.quoteId);
  if (!quote) return null;
  const { text, html } = quoteCopyFor(pack, quote, style, today);
  return { text, html };
}
