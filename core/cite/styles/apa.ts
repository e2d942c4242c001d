/** APA 7 (apa.csl) for a web page on a news site: reference entry and parenthetical citation. */
import { familyOf, type CslItem } from '../csl-item.ts';
import { monthLong, citeLocale } from '../locale.ts';
import { parts, monthDayYear } from '../dates.ts';
import { familyInitials, joinNames } from '../names.ts';
import { CitationLine, italic, type Inline } from '../rich-text.ts';
import { parseTitleQuotes } from '../title-quotes.ts';
import { titleCase } from '../title-case.ts';

export const APA_LOCALE = citeLocale('en-US');

/** "Smith, J., Okafor, C., & Lindqvist, M. A."; 21 or more: the first 19, an ellipsis, the last. */
function referenceNames(item: CslItem): string {
  const names = (item.author ?? []).map((n) => familyInitials(n, '. '));
  const joined = names.length >= 21 ? `${names.slice(0, 19).join(', ')}, … ${names[names.length - 1]}` : joinNames(names, ', & ', ', & ');
  // The names end with a full stop: a person's initials bring one, an organisation's name needs one.
  return joined.endsWith('.') ? joined : `${joined}.`;
}

/** "(2018, October 31)", "(2018, October)", "(2018)" or "(n.d.)". */
function referenceDate(item: CslItem): string {
  const d = parts(item.issued);
  if (!d) return '(n.d.)';
  if (d.month === undefined) return `(${d.year})`;
  return `(${d.year}, ${monthLong(d.month)}${d.day === undefined ? '' : ` ${d.day}`})`;
}

/** The reference-list entry. */
export function apaReference(item: CslItem): Inline[] {
  const line = new CitationLine(APA_LOCALE);
  const title = italic(parseTitleQuotes(item.title, APA_LOCALE));
  if (item.author?.length) line.add(referenceNames(item), ' ', referenceDate(item)).punct('. ').add(title);
  else line.add(title).punct('. ').add(referenceDate(item));
  line.punct('. ').add(item['container-title']).punct('. ');
  const accessed = parts(item.accessed);
  // APA gives a retrieval date only when the page has no date of its own.
  if (!item.issued && accessed) line.add(`Retrieved ${monthDayYear(accessed)}, from `);
  return line.add(item.URL).nodes;
}

/** The parenthetical in-text citation: (Smith & Okafor, 2018), (Smith et al., 2018), (Title, n.d.). */
export function apaInText(item: CslItem): Inline[] {
  const line = new CitationLine(APA_LOCALE).add('(');
  const authors = item.author ?? [];
  if (authors.length === 0) line.add(italic(parseTitleQuotes(titleCase(item.title), APA_LOCALE)));
  else if (authors.length <= 2) line.add(authors.map(familyOf).join(' & '));
  else line.add(`${(authors[0] ? familyOf(authors[0]) : '')} et al.`);
  const d = parts(item.issued);
  return line.punct(', ').add(d ? String(d.year) : 'n.d.', ')').nodes;
}
