/** Chicago 18 author-date (chicago-author-date.csl) for a web page: reference entry and in-text citation. */
import type { CslItem } from '../csl-item.ts';
import { citeLocale } from '../locale.ts';
import { monthDay, monthDayYear, parts } from '../dates.ts';
import { CitationLine, quote, type Inline } from '../rich-text.ts';
import { parseTitleQuotes } from '../title-quotes.ts';
import { titleCase } from '../title-case.ts';
import { chicagoBibliographyNames, chicagoShortNames } from './chicago-names.ts';

export const CHICAGO_LOCALE = citeLocale('en-US');

/** The reference-list entry; without an author the site's name takes the author's place. */
export function chicagoAuthorDateReference(item: CslItem): Inline[] {
  const line = new CitationLine(CHICAGO_LOCALE);
  const hasAuthor = Boolean(item.author?.length);
  const issued = parts(item.issued);
  const accessed = parts(item.accessed);
  line.add(hasAuthor ? chicagoBibliographyNames(item) : item['container-title']).punct('. ');
  line.add(issued ? String(issued.year) : 'n.d.').punct('. ');
  line.add(quote(parseTitleQuotes(titleCase(item.title), CHICAGO_LOCALE))).punct('. ');
  const when = issued ? monthDay(issued) : '';
  if (hasAuthor) {
    line.add(item['container-title']);
    if (when) line.punct(', ').add(when);
  } else if (when) line.add(when);
  // Chicago gives an access date only for undated pages.
  if (!issued && accessed) {
    if (hasAuthor) line.punct('. ');
    line.add(`Accessed ${monthDayYear(accessed)}`);
  }
  if (hasAuthor || when || (!issued && accessed)) line.punct('. ');
  return line.add(item.URL).punct('.').nodes;
}

/** The in-text citation: (Smith 2018), (CNN 2018), (CNN, n.d.). */
export function chicagoAuthorDateInText(item: CslItem): Inline[] {
  const issued = parts(item.issued);
  const who = item.author?.length ? chicagoShortNames(item) : item['container-title'];
  return new CitationLine(CHICAGO_LOCALE).add('(', who, issued ? ` ${issued.year}` : ', n.d.', ')').nodes;
}
