/** Chicago 18 notes and bibliography (chicago-notes-bibliography.csl) for a web page. */
import type { CslItem } from '../csl-item.ts';
import { citeLocale } from '../locale.ts';
import { monthDayYear, parts } from '../dates.ts';
import { CitationLine, quote, type Inline } from '../rich-text.ts';
import { parseTitleQuotes } from '../title-quotes.ts';
import { titleCase } from '../title-case.ts';
import { chicagoBibliographyNames, chicagoNoteNames, chicagoShortNames } from './chicago-names.ts';

export const CHICAGO_NOTES_LOCALE = citeLocale('en-US');

const quotedTitle = (item: CslItem): Inline =>
  quote(parseTitleQuotes(titleCase(item.title), CHICAGO_NOTES_LOCALE));

/** The bibliography entry. */
export function chicagoNotesBibliography(item: CslItem): Inline[] {
  const line = new CitationLine(CHICAGO_NOTES_LOCALE);
  const hasAuthor = Boolean(item.author?.length);
  const issued = parts(item.issued);
  const accessed = parts(item.accessed);
  if (hasAuthor) line.add(chicagoBibliographyNames(item)).punct('. ').add(quotedTitle(item)).punct('. ');
  else line.add(item['container-title']).punct('. ').add(quotedTitle(item)).punct('. ');
  if (hasAuthor) {
    line.add(item['container-title']);
    if (issued) line.punct(', ').add(monthDayYear(issued));
    else if (accessed) line.punct('. ').add(`Accessed ${monthDayYear(accessed)}`);
  } else if (issued) line.add(monthDayYear(issued));
  else if (accessed) line.add(`Accessed ${monthDayYear(accessed)}`);
  return line.punct('. ').add(item.URL).punct('.').nodes;
}

/** The first, full note. */
export function chicagoNotesFull(item: CslItem): Inline[] {
  const line = new CitationLine(CHICAGO_NOTES_LOCALE);
  const issued = parts(item.issued);
  const accessed = parts(item.accessed);
  if (item.author?.length) line.add(chicagoNoteNames(item)).punct(', ');
  line.add(quotedTitle(item)).punct(', ').add(item['container-title']).punct(', ');
  if (issued) line.add(monthDayYear(issued)).punct(', ');
  else if (accessed) line.add(`accessed ${monthDayYear(accessed)}`).punct(', ');
  return line.add(item.URL).punct('.').nodes;
}

/** A later, short note: author (or site) and title. */
export function chicagoNotesShort(item: CslItem): Inline[] {
  const who = item.author?.length ? chicagoShortNames(item) : item['container-title'];
  return new CitationLine(CHICAGO_NOTES_LOCALE).add(who).punct(', ').add(quotedTitle(item)).punct('.').nodes;
}
