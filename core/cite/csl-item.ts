/**
 * The citation input (CiteSource) and the CSL-JSON item every formatter reads.
 * The item is a web page on a news site, as APA 7 prescribes for online-only news (issue 7).
 */

/** A calendar date with optional month and day; never a timestamp, so no time zone can shift it. */
export interface SimpleDate {
  year: number;
  month?: number;
  day?: number;
}

/** A person's name; the source data must never invent one. */
export interface PersonName {
  family: string;
  given: string;
}

/** An organisation as author, or a name that cannot be split: printed as it is in every style (CSL `literal`). */
export interface LiteralName {
  literal: string;
}

export type CiteName = PersonName | LiteralName;

/** The name a short form prints: the family name, or the whole literal name. */
export function familyOf(n: CiteName): string {
  return 'literal' in n ? n.literal : n.family;
}

/** What the lead adapts a pack's source into; independent of the pack schema. */
export interface CiteSource {
  title: string;
  /** The site the page sits on, e.g. "CNN". */
  containerTitle: string;
  /** Used by BibTeX and RIS only: CSL styles would print it twice when it equals the site name. */
  publisher?: string;
  url: string;
  issued?: SimpleDate;
  /** Empty when the page has no byline. */
  authors: CiteName[];
  /** A later update of the page: kept in the note, the cited date stays `issued` (see csl-item notes). */
  updated?: SimpleDate;
  language?: string;
}

/** CSL-JSON date: one range start, as the CSL-JSON schema's date-parts. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The subset of CSL-JSON our formatters understand. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  'container-title': string;
  URL: string;
  issued?: CslDate;
  accessed: CslDate;
  author?: CiteName[];
  note?: string;
  language?: string;
}

/** Collapse runs of whitespace: double spaces would otherwise turn into no-break spaces in citeproc's HTML. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The CSL date-parts of a simple date. */
export function toCslDate(date: SimpleDate): CslDate {
  if (date.month === undefined) return { 'date-parts': [[date.year]] };
  if (date.day === undefined) return { 'date-parts': [[date.year, date.month]] };
  return { 'date-parts': [[date.year, date.month, date.day]] };
}

/** A simple date read back from CSL date-parts. */
export function fromCslDate(date: CslDate): SimpleDate {
  const [year, month, day] = date['date-parts'][0];
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** The local calendar day of a Date (the caller passes "now"; core never reads the clock). */
export function localDay(date: Date): SimpleDate {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function isoDay(date: SimpleDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

/**
 * Build the CSL-JSON item for a source read on `accessed`.
 * CSL has no "updated" variable, so an update date goes into `note` ("Updated 2018-11-01"), which none of
 * our five styles prints: the citation keeps the publication date, as the differential test confirms.
 */
export function buildCslItem(source: CiteSource, accessed: SimpleDate, id = 'source'): CslItem {
  const item: CslItem = {
    id,
    type: 'webpage',
    title: tidy(source.title),
    'container-title': tidy(source.containerTitle),
    URL: source.url.trim(),
    accessed: toCslDate(accessed),
  };
  if (source.issued) item.issued = toCslDate(source.issued);
  if (source.authors.length > 0) {
    item.author = source.authors.map((a) => ('literal' in a ? { literal: tidy(a.literal) } : { family: tidy(a.family), given: tidy(a.given) }));
  }
  if (source.updated) item.note = `Updated ${isoDay(source.updated)}`;
  if (source.language) item.language = source.language;
  return item;
}
