/** MLA 9 (modern-language-association.csl) for a web page: works-cited entry and in-text citation. */
import { familyOf, type CslItem } from '../csl-item.ts';
import { citeLocale } from '../locale.ts';
import { dayMonthYear, parts } from '../dates.ts';
import { familyFirst, givenFirst } from '../names.ts';
import { CitationLine, italic, quote, type Inline } from '../rich-text.ts';
import { parseTitleQuotes } from '../title-quotes.ts';
import { titleCase } from '../title-case.ts';

export const MLA_LOCALE = citeLocale('en-US');

/** "Smith, Jane", "Smith, Jane, and Chidi Okafor", "Smith, Jane, et al." */
function worksCitedNames(item: CslItem): string {
  const [first, second] = item.author ?? [];
  if (!first) return '';
  if ((item.author?.length ?? 0) >= 3) return `${familyFirst(first)}, et al.`;
  return second ? `${familyFirst(first)}, and ${givenFirst(second)}` : familyFirst(first);
}

const quotedTitle = (item: CslItem): Inline => quote(parseTitleQuotes(titleCase(item.title), MLA_LOCALE));

/** The works-cited entry. */
export function mlaReference(item: CslItem): Inline[] {
  const line = new CitationLine(MLA_LOCALE);
  if (item.author?.length) line.add(worksCitedNames(item)).punct('. ');
  line.add(quotedTitle(item)).punct('. ').add(italic([{ kind: 'text', text: item['container-title'] }]));
  const issued = parts(item.issued);
  const accessed = parts(item.accessed);
  if (issued) return line.punct(', ').add(dayMonthYear(issued, true)).punct(', ').add(item.URL).punct('.').nodes;
  // Without a publication date MLA asks for the access date.
  line.punct(', ').add(item.URL);
  if (accessed) line.punct('. ').add(`Accessed ${dayMonthYear(accessed, true)}`);
  return line.punct('.').nodes;
}

/** The in-text citation: (Smith), (Smith and Okafor), (Smith et al.), or the quoted title. */
export function mlaInText(item: CslItem): Inline[] {
  const authors = item.author ?? [];
  const line = new CitationLine(MLA_LOCALE).add('(');
  if (authors.length === 0) line.add(quotedTitle(item));
  else if (authors.length <= 2) line.add(authors.map(familyOf).join(' and '));
  else line.add(`${(authors[0] ? familyOf(authors[0]) : '')} et al.`);
  return line.add(')').nodes;
}
