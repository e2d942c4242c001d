/** Author lists shared by both Chicago (18th edition) styles. */
import { familyOf, type CslItem } from '../csl-item.ts';
import { familyFirst, givenFirst, joinNames } from '../names.ts';

/** Bibliography order: "Smith, Jane, Chidi Okafor, and Maria Anna Lindqvist"; 7 or more: first three, et al. */
export function chicagoBibliographyNames(item: CslItem): string {
  const authors = item.author ?? [];
  const names = authors.map((a, i) => (i === 0 ? familyFirst(a) : givenFirst(a)));
  if (names.length >= 7) return `${names.slice(0, 3).join(', ')}, et al.`;
  return joinNames(names, ', and ', ', and ');
}

/** Citation form, families only: "Smith", "Smith and Okafor", "Smith et al.". */
export function chicagoShortNames(item: CslItem): string {
  const authors = item.author ?? [];
  if (authors.length >= 3) return `${(authors[0] ? familyOf(authors[0]) : '')} et al.`;
  return authors.map(familyOf).join(' and ');
}

/** Full-note form: "Jane Smith", "Jane Smith and Chidi Okafor", "Jane Smith et al.". */
export function chicagoNoteNames(item: CslItem): string {
  const authors = item.author ?? [];
  const first = authors[0];
  if (!first) return '';
  if (authors.length >= 3) return `${givenFirst(first)} et al.`;
  return authors.map(givenFirst).join(' and ');
}
