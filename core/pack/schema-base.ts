// Building blocks of the context-pack schema (docs/context-pack.md): ids, language tags, days, web addresses
// and length-limited strings. Every string a UI may show has a limit, so a hostile or broken pack cannot flood
// a card; checks rather than transforms (no trim), so a validated pack serialises back to the same bytes.
import * as v from 'valibot';

/** Character limits (UTF-16 code units) for the strings a pack carries. */
export const LIMITS = {
  /** Ids, language tags. */
  id: 80,
  /** Labels and names: a term's label, an entity's name or role, a topic. */
  label: 160,
  /** A title (the source's, a background source's). */
  title: 400,
  /** One sentence of prose. */
  sentence: 600,
  /** A quotation, or the source's own description. */
  quote: 1500,
  /** Maintainers' notes, never shown to readers. */
  note: 1500,
  /** A web address. */
  url: 2048,
} as const;

/** A string of at most `max` characters, not empty or blank. */
export const limited = (max: number) =>
  v.pipe(
    v.string('expected a string'),
    v.check((s) => s.trim() !== '', 'expected a non-empty string'),
    v.maxLength(max, `expected at most ${max} characters`),
  );

/** A string of at most `max` characters, not empty; blank allowed only where whitespace is the content. */
export const verbatim = (max: number) =>
  v.pipe(v.string('expected a string'), v.nonEmpty('expected a non-empty string'), v.maxLength(max, `expected at most ${max} characters`));

export const id = v.pipe(
  v.string('expected a string'),
  v.maxLength(LIMITS.id, `expected at most ${LIMITS.id} characters`),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9, single hyphens)'),
);
export const ids = v.array(id, 'expected an array of ids');

export const lang = v.pipe(
  v.string('expected a string'),
  v.maxLength(LIMITS.id, `expected at most ${LIMITS.id} characters`),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "en" or "zh-Hans"'),
);

export const count = v.pipe(v.number('expected a number'), v.integer('expected an integer'), v.minValue(0, 'expected 0 or more'));

/** True when `s` is YYYY-MM-DD and names a real calendar day. */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export const isoDay = v.pipe(v.string('expected a string'), v.check(isCalendarDay, 'expected a real date as YYYY-MM-DD'));

/** True for an absolute `https:` or `http:` address: no `javascript:`, `data:`, `file:` or extension pages. */
export function isWebUrl(s: string): boolean {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}

/** A web address: absolute, `https:` or `http:` only, and not too long to show. */
export const webUrl = v.pipe(
  v.string('expected a string'),
  v.maxLength(LIMITS.url, `expected at most ${LIMITS.url} characters`),
  v.check(isWebUrl, 'expected an absolute https: or http: URL'),
);

/** Words (runs of non-whitespace), for the summary limits. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
