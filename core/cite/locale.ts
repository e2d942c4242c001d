/**
 * The few CSL locale facts the formatters need, transcribed from the official en-US and en-GB
 * locale files (citation-style-language/locales) that the differential test loads.
 */

/** A citation locale: en-US for APA, MLA and Chicago; en-GB for Cite Them Right. */
export type CiteLocaleId = 'en-US' | 'en-GB';

/** Quote marks and punctuation rules of one locale. */
export interface CiteLocale {
  id: CiteLocaleId;
  openQuote: string;
  closeQuote: string;
  openInnerQuote: string;
  closeInnerQuote: string;
  /** American usage: a following period or comma moves inside the closing quote mark. */
  punctuationInQuote: boolean;
}

const EN_US: CiteLocale = {
  id: 'en-US',
  openQuote: '\u201C',
  closeQuote: '\u201D',
  openInnerQuote: '\u2018',
  closeInnerQuote: '\u2019',
  punctuationInQuote: true,
};

const EN_GB: CiteLocale = {
  id: 'en-GB',
  openQuote: '\u2018',
  closeQuote: '\u2019',
  openInnerQuote: '\u201C',
  closeInnerQuote: '\u201D',
  punctuationInQuote: false,
};

/** The locale record for an id. */
export function citeLocale(id: CiteLocaleId): CiteLocale {
  return id === 'en-GB' ? EN_GB : EN_US;
}

const MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
// Same in en-US and en-GB ("Sept." is the CSL locales' choice, and MLA's).
const MONTHS_SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The month's full English name (1 = January). */
export function monthLong(month: number): string {
  return MONTHS_LONG[month - 1] ?? '';
}

/** The month's short form as the CSL English locales spell it (1 = "Jan."). */
export function monthShort(month: number): string {
  return MONTHS_SHORT[month - 1] ?? '';
}
