/** Date pieces the CSL style formatters print, in the English locales' words. */
import type { CslDate, SimpleDate } from './csl-item.ts';
import { fromCslDate } from './csl-item.ts';
import { monthLong, monthShort } from './locale.ts';

/** The simple date of an optional CSL date. */
export function parts(date: CslDate | undefined): SimpleDate | undefined {
  return date ? fromCslDate(date) : undefined;
}

/** "October 31, 2018", "October 2018" or "2018". */
export function monthDayYear(d: SimpleDate): string {
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${monthLong(d.month)} ${d.year}`;
  return `${monthLong(d.month)} ${d.day}, ${d.year}`;
}

/** "30 November 2026" (or with the short month: "30 Nov. 2026"). */
export function dayMonthYear(d: SimpleDate, short = false): string {
  const month = d.month === undefined ? '' : short ? monthShort(d.month) : monthLong(d.month);
  return [d.day, month, d.year].filter((x) => x !== undefined && x !== '').join(' ');
}

/** "October 31" or "October" (Chicago author-date's date after the title), '' for a bare year. */
export function monthDay(d: SimpleDate): string {
  if (d.month === undefined) return '';
  return d.day === undefined ? monthLong(d.month) : `${monthLong(d.month)} ${d.day}`;
}
