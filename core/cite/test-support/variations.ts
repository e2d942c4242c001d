/** The sources the differential test runs through every style: the real one and the variations future sources bring. */
import { buildCslItem, type CiteSource, type CslItem, type PersonName, type SimpleDate } from '../csl-item.ts';
import { EXTRACTED_SOURCES } from './extracted-sources.ts';

/** The article this extension is about (see ../shared/seed/metadata.json): no author, never invent one. */
export const REAL_SOURCE: CiteSource = {
  title: "UK says reports of internment camps in China's Xinjiang 'broadly accurate'",
  containerTitle: 'CNN',
  publisher: 'CNN',
  url: 'https://www.cnn.com/2018/10/31/uk/uk-xinjiang-china-uyghurs-intl/index.html',
  issued: { year: 2018, month: 10, day: 31 },
  authors: [],
  language: 'en',
};

// Invented people for the variations only (one two-part given name, one hyphenated, one non-ASCII).
const PEOPLE: PersonName[] = [
  'Smith/Jane', 'Okafor/Chidi', 'Lindqvist/Maria Anna', 'Haddad/Omar', 'Brown/Li', 'Garcia/Lucia', 'Nakamura/Kenji',
  'Kowalski/Piotr', 'Dubois/Claire', 'Rossi/Marco', 'Müller/Anna', 'Silva/Joao', 'Kim/Min-Jun', 'Novak/Petra',
  'Ivanova/Olga', 'Hansen/Erik', 'Papadopoulos/Eleni', 'Yilmaz/Emre', 'Walsh/Aoife', 'Mensah/Kwame', 'Tan/Wei',
].map((s) => {
  const [family = '', given = ''] = s.split('/');
  return { family, given };
});

const LONG_QUOTED_TITLE =
  `Xinjiang's "vocational training centres": China’s “re-education” claim, the 'broadly accurate' reports ` +
  'and what the camps’ critics say about a system built to last';

const ACCESSED: SimpleDate = { year: 2026, month: 11, day: 30 };

type Variation = { name: string; source: CiteSource; accessed?: SimpleDate };

const authors = (n: number) => PEOPLE.slice(0, n);
const noDate = (s: CiteSource): CiteSource => {
  const { issued: _issued, ...rest } = s;
  return rest;
};

/** Every variation, named for test titles. */
export const VARIATIONS: readonly Variation[] = [
  { name: 'the real source', source: REAL_SOURCE },
  ...[1, 2, 3, 5, 6, 7, 20, 21].map((n) => ({ name: `${n} author${n > 1 ? 's' : ''}`, source: { ...REAL_SOURCE, authors: authors(n) } })),
  { name: 'no date', source: noDate(REAL_SOURCE) },
  { name: 'one author, no date', source: noDate({ ...REAL_SOURCE, authors: authors(1) }) },
  { name: 'a year and month only', source: { ...REAL_SOURCE, issued: { year: 2018, month: 10 } } },
  { name: 'a year only, two authors', source: { ...REAL_SOURCE, issued: { year: 2018 }, authors: authors(2) } },
  { name: 'an update date', source: { ...REAL_SOURCE, updated: { year: 2018, month: 11, day: 1 } } },
  { name: 'a long title with straight and curly quotes', source: { ...REAL_SOURCE, title: LONG_QUOTED_TITLE } },
  { name: 'a long quoted title and two authors', source: { ...REAL_SOURCE, title: LONG_QUOTED_TITLE, authors: authors(2) } },
  { name: 'a title with &, < and >', source: { ...REAL_SOURCE, title: 'Q&A: why <Xinjiang> & the "camps" matter > 1 < 2' } },
  { name: 'a title ending in a question mark', source: { ...REAL_SOURCE, title: 'What is happening to the Uyghurs in Xinjiang?' } },
  { name: 'a question title and one author', source: { ...REAL_SOURCE, title: 'What is happening to the Uyghurs in Xinjiang?', authors: authors(1) } },
  { name: 'accessed on the last day of a month', source: REAL_SOURCE, accessed: { year: 2026, month: 11, day: 30 } },
  { name: 'accessed on the first day of the next month', source: REAL_SOURCE, accessed: { year: 2026, month: 12, day: 1 } },
  { name: 'accessed on the last day of a year, undated', source: noDate(REAL_SOURCE), accessed: { year: 2026, month: 12, day: 31 } },
  { name: 'accessed on the first day of the next year, undated', source: noDate(REAL_SOURCE), accessed: { year: 2027, month: 1, day: 1 } },
  { name: 'accessed in May (a short month name without a period), undated', source: noDate(REAL_SOURCE), accessed: { year: 2027, month: 5, day: 9 } },
  // Metadata as the extraction engine reads it from real pages (issue 24).
  ...EXTRACTED_SOURCES.map((e) => ({ name: `extracted from ${e.page} (${e.what})`, source: e.source })),
];

/** The CSL item of a variation. */
export function variationItem(v: Variation): CslItem {
  return buildCslItem(v.source, v.accessed ?? ACCESSED);
}
