/**
 * Sources whose citations are written out in citation-examples.json, as citeproc-js prints them with the
 * official CSL styles: the examples run without ../shared (so mutation testing, whose sandbox cannot see
 * it, checks the text a reader copies), and citation-examples.test.ts checks the file against citeproc
 * whenever ../shared is there. Each example reaches a case the differential variations reach only
 * through citeproc: every month's name, nested quotes in both locales, a hyphenated given name,
 * an organisation among people, partial dates.
 */
import type { CiteSource, SimpleDate } from '../csl-item.ts';
import { REAL_SOURCE } from './variations.ts';

export interface CitationExample {
  name: string;
  source: CiteSource;
  accessed: SimpleDate;
}

const { issued: _issued, ...undatedReal } = REAL_SOURCE;

// A quotation inside a quotation, closing the title: both locales' inner and outer marks, and where a
// following period or comma goes.
const NESTED_TITLE = `Officials call the camps "schools for 'vocational' training"`;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Invented names: a hyphenated given name, a two-part one, a lower-case part after a hyphen, an organisation. */
export const CITATION_EXAMPLES: readonly CitationExample[] = [
  { name: 'the real source', source: REAL_SOURCE, accessed: { year: 2026, month: 11, day: 30 } },
  {
    name: 'three authors, a year and month, a nested quotation ending the title',
    source: {
      ...REAL_SOURCE,
      title: NESTED_TITLE,
      issued: { year: 2018, month: 9 },
      authors: [{ family: 'Smith', given: 'Jane' }, { family: 'Kim', given: 'Min-Jun' }, { family: 'Lindqvist', given: 'Maria Anna' }],
    },
    accessed: { year: 2026, month: 2, day: 3 },
  },
  {
    name: 'an organisation and a person, a year only',
    source: { ...REAL_SOURCE, issued: { year: 2019 }, authors: [{ literal: 'Human Rights Watch' }, { family: 'Okafor', given: 'Chidi' }] },
    accessed: { year: 2026, month: 4, day: 10 },
  },
  {
    name: 'one author with a lower-case part after a hyphen, undated',
    source: { ...undatedReal, authors: [{ family: 'Park', given: 'Min-jun' }] },
    accessed: { year: 2027, month: 9, day: 5 },
  },
  {
    name: 'no author, a year and month',
    source: { ...REAL_SOURCE, title: NESTED_TITLE, issued: { year: 2018, month: 3 } },
    accessed: { year: 2026, month: 6, day: 7 },
  },
  ...MONTH_NAMES.map((month, i) => ({
    name: `undated, accessed in ${month}`,
    source: { ...undatedReal, title: 'Camps in Xinjiang', url: 'https://example.org/camps' },
    accessed: { year: 2027, month: i + 1, day: 9 },
  })),
];
