/** Cite Them Right 12th edition, Harvard (harvard-cite-them-right.csl, en-GB) for a web page. */
import { familyOf, type CslItem } from '../csl-item.ts';
import { citeLocale } from '../locale.ts';
import { dayMonthYear, parts } from '../dates.ts';
import { familyInitials, joinNames } from '../names.ts';
import { CitationLine, italic, text, type Inline } from '../rich-text.ts';
import { parseTitleQuotes } from '../title-quotes.ts';

export const HARVARD_LOCALE = citeLocale('en-GB');

const ET_AL = italic([text('et al.')]);

/** "Smith, J.", "Smith, J. and Okafor, C.", "Smith, J., Okafor, C. and Lindqvist, M.A.", "Smith, J. et al.". */
function referenceNames(item: CslItem): Inline[] {
  const authors = item.author ?? [];
  const first = authors[0];
  if (first && authors.length >= 4) return [text(`${familyInitials(first, '.')} `), ET_AL];
  return [text(joinNames(authors.map((a) => familyInitials(a, '.')), ' and ', ' and '))];
}

const year = (item: CslItem): string => {
  const issued = parts(item.issued);
  return issued ? String(issued.year) : 'no date';
};

/** The reference-list entry. */
export function harvardReference(item: CslItem): Inline[] {
  const line = new CitationLine(HARVARD_LOCALE);
  const title = italic(parseTitleQuotes(item.title, HARVARD_LOCALE));
  const site = italic([text(item['container-title'])]);
  if (item.author?.length) line.add(...referenceNames(item), ` (${year(item)}) `, title).punct(', ').add(site);
  else line.add(title, ` (${year(item)}) `, site);
  line.punct('. ').add(`Available at: ${item.URL}`);
  const accessed = parts(item.accessed);
  if (accessed) line.add(` (Accessed: ${dayMonthYear(accessed)})`);
  return line.punct('.').nodes;
}

/** The in-text citation: (Smith, 2018), (Smith, Okafor and Lindqvist, 2018), (Smith et al., 2018). */
export function harvardInText(item: CslItem): Inline[] {
  const authors = item.author ?? [];
  const line = new CitationLine(HARVARD_LOCALE).add('(');
  if (authors.length === 0) line.add(italic(parseTitleQuotes(item.title, HARVARD_LOCALE)));
  else if (authors.length >= 4) line.add(`${(authors[0] ? familyOf(authors[0]) : '')} `, ET_AL);
  else line.add(joinNames(authors.map(familyOf), ' and ', ' and '));
  return line.punct(', ').add(year(item), ')').nodes;
}
