/** Locale formatting of pack dates by their precision; shared by DateLabel and the copy strings. */
import { formatDatePrecision } from '../../core/pack/lookups';
import type { ShownDate } from '../../core/pack/term-content';

/** A pack date ready to show: the text, a machine-readable `datetime` and whether it is approximate. */
export interface FormattedDate {
  text: string;
  datetime: string;
  approximate: boolean;
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

const SHAPES = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and shape: making one costs far more than using it (a timeline has dozens of dates). */
function formatter(locale: string, shape: keyof typeof SHAPES): Intl.DateTimeFormat {
  const key = `${shape} ${locale}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, SHAPES[shape])));
  return format;
}

/** "2018-W45" for the ISO week starting on this Monday (HTML's valid week string). */
export function isoWeek(monday: string): string {
  const thursday = utcDay(monday);
  thursday.setUTCDate(thursday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** One calendar day in the locale's short form ("30 Oct 2018", "Oct 30, 2018", "2018年10月30日"). */
export function formatDay(iso: string, locale: string): string {
  return formatter(locale, 'day').format(utcDay(iso));
}

/**
 * Formats a pack date at its precision: a day, a month ("Oct 2018") or a week, whose wording comes from
 * `weekOf` (a UI string such as "week of $1"). Dates are UTC calendar dates, never shifted by time zone.
 */
export function formatPackDate(date: ShownDate, locale: string, weekOf: (day: string) => string): FormattedDate {
  const shape = formatDatePrecision(date);
  if (shape.kind === 'month') {
    const text = formatter(locale, 'month').format(utcDay(shape.start));
    return { text, datetime: date.value, approximate: shape.approximate };
  }
  if (shape.kind === 'year') {
    const text = formatter(locale, 'year').format(utcDay(shape.start));
    return { text, datetime: date.value, approximate: shape.approximate };
  }
  if (shape.kind === 'week') return { text: weekOf(formatDay(shape.start, locale)), datetime: isoWeek(shape.start), approximate: shape.approximate };
  return { text: formatDay(shape.date, locale), datetime: shape.date, approximate: shape.approximate };
}
