/** The citation styles offered to the reader, with their display names, forms and locales. */
import type { CiteLocaleId } from './locale.ts';

/** Every style id formatCitation accepts. */
export type StyleId = 'apa' | 'mla' | 'chicago-author-date' | 'chicago-notes' | 'harvard' | 'bibtex' | 'ris' | 'csl-json';

/** reference/in-text for author-date styles (MLA: works-cited entry/in-text); note/short-note/bibliography for Chicago notes. */
export type CitationForm = 'reference' | 'in-text' | 'note' | 'short-note' | 'bibliography';

/** One entry of the style chooser. */
export interface StyleInfo {
  id: StyleId;
  /** The name shown in the chooser. */
  name: string;
  /** Forms in display order; the first is the default. Data formats have the single form "reference". */
  forms: readonly CitationForm[];
  /** The citation's language: the style's, never the UI's. Undefined for data formats. */
  locale?: CiteLocaleId;
  /** True for BibTeX, RIS and CSL-JSON: plain text for reference managers, no rich text. */
  dataFormat: boolean;
  /** The official CSL style file the formatter reproduces (checked by the differential test). */
  csl?: string;
}

/** All styles, in chooser order. */
export const STYLES: readonly StyleInfo[] = [
  { id: 'apa', name: 'APA 7th edition', forms: ['reference', 'in-text'], locale: 'en-US', dataFormat: false, csl: 'apa.csl' },
  { id: 'mla', name: 'MLA 9th edition', forms: ['reference', 'in-text'], locale: 'en-US', dataFormat: false, csl: 'modern-language-association.csl' },
  { id: 'chicago-author-date', name: 'Chicago 18th edition (author-date)', forms: ['reference', 'in-text'], locale: 'en-US', dataFormat: false, csl: 'chicago-author-date.csl' },
  { id: 'chicago-notes', name: 'Chicago 18th edition (notes and bibliography)', forms: ['note', 'short-note', 'bibliography'], locale: 'en-US', dataFormat: false, csl: 'chicago-notes-bibliography.csl' },
  { id: 'harvard', name: 'Harvard (Cite Them Right)', forms: ['reference', 'in-text'], locale: 'en-GB', dataFormat: false, csl: 'harvard-cite-them-right.csl' },
  { id: 'bibtex', name: 'BibTeX', forms: ['reference'], dataFormat: true },
  { id: 'ris', name: 'RIS', forms: ['reference'], dataFormat: true },
  { id: 'csl-json', name: 'CSL-JSON', forms: ['reference'], dataFormat: true },
];

/** The default style for quick copies (card, context menu, quote copy). */
export const DEFAULT_STYLE: StyleId = 'apa';

/** The style's record; throws on an unknown id so a typo cannot silently copy the wrong style. */
export function styleInfo(id: StyleId): StyleInfo {
  const info = STYLES.find((s) => s.id === id);
  if (!info) throw new Error(`Unknown citation style: ${String(id)}`);
  return info;
}
