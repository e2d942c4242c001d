/**
 * A quotation ready to paste: “Quote” — Speaker, role, occasion, date; then the source's
 * citation in a style; then a link to the exact passage (a URL text fragment).
 */
import type { CslItem } from './csl-item.ts';
import { escapeHtml } from './rich-text.ts';
import { formatCitation } from './format-citation.ts';
import { DEFAULT_STYLE, type CitationForm, type StyleId } from './styles.ts';
import { textFragmentUrl } from './text-fragment.ts';

/** What a card or the popup knows about a quotation. */
export interface QuoteCopyInput {
  quote: string;
  speaker: string;
  role?: string;
  occasion?: string;
  /** For words the source translated: "CNN's translation", shown after the attribution. */
  translation?: string;
  /** Already written out for readers, e.g. "1 November 2018". */
  date?: string;
  /** The source the quotation comes from. */
  item: CslItem;
  /** The source's full text, to make the passage link unique (when `link` is not given). */
  sourceText?: string;
  /** A passage link made beforehand (packs store one per quotation, since the article is not shipped). */
  link?: string;
  /** Offset of this quotation in the (whitespace-normalised) source text, when it occurs more than once. */
  near?: number;
  style?: StyleId;
  form?: CitationForm;
}

/** Plain text and HTML of a quotation copy; the link is the same in both. */
export interface QuoteCopy {
  text: string;
  html: string;
  link: string;
}

/** Escape for an HTML attribute value in double quotes. */
const escapeAttribute = (value: string) => escapeHtml(value).replace(/"/g, '&#34;');

/**
 * The attribution's non-empty parts, without one that an earlier part already says: a document's name
 * often carries its date ("Report …, 29 August 2018"), which the quotation's own date would repeat.
 */
export function attributionParts(parts: readonly (string | undefined)[]): string[] {
  const fold = (x: string) => x.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
  const kept: string[] = [];
  for (const part of parts) {
    const text = part?.trim();
    if (!text) continue;
    const folded = fold(text);
    if (kept.some((k) => containsWhole(fold(k), folded))) continue;
    kept.push(text);
  }
  return kept;
}

/** Whether `inner` occurs in `outer` with no letter or digit touching it on either side. */
function containsWhole(outer: string, inner: string): boolean {
  for (let at = outer.indexOf(inner); at !== -1; at = outer.indexOf(inner, at + 1)) {
    const before = outer.slice(0, at);
    const after = outer.slice(at + inner.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Build the three lines of a quotation copy. */
export function formatQuoteCopy(input: QuoteCopyInput): QuoteCopy {
  const quote = input.quote.replace(/\s+/g, ' ').trim();
  const attribution = attributionParts([input.speaker, input.role, input.occasion, input.date]).join(', ');
  const firstLine = `\u201C${quote}\u201D \u2014 ${attribution}${input.translation ? ` (${input.translation})` : ''}`;
  const citation = formatCitation(input.item, input.style ?? DEFAULT_STYLE, input.form);
  const link = input.link ?? textFragmentUrl(input.item.URL, quote, input.sourceText ?? quote, input.near);
  const text = [firstLine, citation.text.trimEnd(), link].join('\n');
  const citationHtml = citation.html ?? escapeHtml(citation.text.trimEnd());
  const html = [escapeHtml(firstLine), citationHtml, `<a href="${escapeAttribute(link)}">${escapeHtml(link)}</a>`].join('<br>\n');
  return { text, html, link };
}
