import { describe, expect, it } from 'vitest';
import {
  addScores, EMPTY_SCORE, normalizeText, refusedScore, quotationCovers, sameAuthors, sameSiteName, sameSpeaker, sameTitle, scorePage,
  type ExtractedSummary, type GoldPage,
} from './score';
import { formatTable, meets, rowsOf } from './report';
import { parseGold } from './gold';

const gold: GoldPage = {
  slug: 'sample',
  url: 'https://example.org/a',
  title: 'Attack stokes “instability” fears',
  authors: [{ given: 'Erin', family: 'Cunningham' }, { literal: 'Reuters' }],
  published: '2015-03-18',
  siteName: 'The Washington Post',
  language: 'en',
  quotations: [
    { text: 'Our nation is in danger,', speaker: 'Habib Essid', isSpeech: true },
    { text: 'We have nothing to fear,', speaker: 'Ajmi Lourimi', isSpeech: true },
    { text: 'We believe the Interior Ministry should be trained.', speaker: 'Ajmi Lourimi', isSpeech: true },
    { text: 'It was a joke', speaker: null, isSpeech: true },
    { text: 'for Allah', speaker: null, isSpeech: false },
  ],
  scareQuotes: ['merciless'],
  dates: [{ text: 'Wednesday', value: '2015-03-18' }, { text: 'last fall', value: '2014' }],
};

const empty: ExtractedSummary = {
  title: null, authors: [], published: null, updated: null, siteName: null, language: null, quotations: [], dates: [],
};

describe('normalizeText', () => {
  it('ignores the shape of quotation marks, apostrophes, dashes, spaces and edge punctuation', () => {
    expect(normalizeText('  It’s  “fine” — really,\u00a0')).toBe(normalizeText("It's \"fine\" - really"));
    expect(normalizeText('soft\u00adhyphen')).toBe('softhyphen');
  });
  it('keeps words, their order and their case', () => {
    expect(normalizeText('Our nation')).not.toBe(normalizeText('our nation'));
    expect(normalizeText('nation our')).not.toBe(normalizeText('our nation'));
  });
});

describe('sameSpeaker', () => {
  it('accepts titles and roles around the given and family names', () => {
    expect(sameSpeaker('Habib Essid', 'Prime Minister Habib Essid')).toBe(true);
    expect(sameSpeaker('José Núñez', 'jose nunez, mayor')).toBe(true);
    expect(sameSpeaker('C. Eugene Steuerle', 'Eugene Steuerle')).toBe(true);
    expect(sameSpeaker('Robert M. Danin', 'Robert Danin')).toBe(true);
    expect(sameSpeaker('Obama', 'President Barack Obama')).toBe(true);
  });
  it('rejects the family name alone, another person, or a pronoun', () => {
    expect(sameSpeaker('Habib Essid', 'Essid')).toBe(false);
    expect(sameSpeaker('Habib Essid', 'Lotfi Azzouz')).toBe(false);
    expect(sameSpeaker('Habib Essid', 'he')).toBe(false);
    expect(sameSpeaker('C. Eugene Steuerle', 'C. Steuerle')).toBe(false);
    expect(sameSpeaker('Mark Warner', 'Mark Goldwein')).toBe(false);
  });
  it('compares CJK names whole', () => {
    expect(sameSpeaker('李克强', '国务院总理 李克强')).toBe(true);
    expect(sameSpeaker('李克强', '李强')).toBe(false);
    expect(sameSpeaker('戴夫·汉森', '教授 戴夫?汉森')).toBe(true);
    expect(sameSpeaker('戴夫·汉森', '汉森')).toBe(false);
  });
});

describe('sameAuthors', () => {
  it('wants the same split, kinds and order', () => {
    expect(sameAuthors(gold.authors, [{ given: 'Erin', family: 'Cunningham' }, { literal: 'reuters' }])).toBe(true);
    expect(sameAuthors(gold.authors, [{ literal: 'Reuters' }, { given: 'Erin', family: 'Cunningham' }])).toBe(false);
    expect(sameAuthors(gold.authors, [{ literal: 'Erin Cunningham' }, { literal: 'Reuters' }])).toBe(false);
    expect(sameAuthors(gold.authors, [{ given: 'Erin', family: 'Cunningham' }])).toBe(false);
    expect(sameAuthors([], [])).toBe(true);
  });
});

describe('title and site name', () => {
  it('compares titles verbatim up to marks and spaces', () => {
    expect(sameTitle(gold.title, 'Attack stokes "instability" fears')).toBe(true);
    expect(sameTitle(gold.title, 'Attack stokes “instability” fears - The Washington Post')).toBe(false);
    expect(sameTitle(gold.title, null)).toBe(false);
  });
  it('compares site names without case or a leading article', () => {
    expect(sameSiteName('The Washington Post', 'washington post')).toBe(true);
    expect(sameSiteName('The Washington Post', 'washingtonpost.com')).toBe(false);
    expect(sameSiteName(null, null)).toBe(true);
    expect(sameSiteName('Le Monde', null)).toBe(false);
  });
});

describe('quotationCovers', () => {
  const parts = ['We have nothing to fear,', 'We believe the Interior Ministry should be trained.'];
  it('matches a quotation given whole or joined from its parts', () => {
    expect(quotationCovers('We have nothing to fear', parts)).toEqual([0]);
    expect(quotationCovers('We have nothing to fear, … We believe the Interior Ministry should be trained.', parts)).toEqual([0, 1]);
  });
  it('matches nothing when the extracted text swallows narration or is cut short', () => {
    expect(quotationCovers('We have nothing to fear, he said of himself', parts)).toEqual([]);
    expect(quotationCovers('We have nothing', parts)).toEqual([]);
    expect(quotationCovers('', parts)).toEqual([]);
  });
});

describe('scorePage', () => {
  it('gives nothing to an empty extraction but still counts the gold', () => {
    const score = scorePage(gold, empty);
    expect(score).toMatchObject({ title: 0, authors: 0, published: 0, siteName: 0, quotesFound: 0, quotesOf: 4, speakersGiven: 0, scareOf: 1, datesOf: 2 });
  });
  it('counts what is right and what is wrong', () => {
    const score = scorePage(gold, {
      ...empty,
      title: 'Attack stokes “instability” fears',
      authors: [{ given: 'Erin', family: 'Cunningham' }, { literal: 'Reuters' }],
      published: '2015-03-19',
      siteName: 'Washington Post',
      quotations: [
        { text: '“Our nation is in danger,”', speaker: 'Essid' },
        { text: 'We have nothing to fear, We believe the Interior Ministry should be trained.', speaker: 'Ajmi Lourimi' },
        { text: 'It was a joke', speaker: 'Ajmi Lourimi' },
        { text: 'merciless', speaker: null },
        { text: 'for Allah', speaker: null },
        { text: 'Our nation is in danger, Essid declared', speaker: 'Habib Essid' },
      ],
      dates: [{ text: 'on Wednesday', value: '2015-03-18' }, { text: 'last fall', value: '2014-09' }],
    });
    expect(score).toEqual({
      title: 1, authors: 1, published: 0, siteName: 1,
      quotesFound: 4, quotesOf: 4,
      speakersRight: 2, speakersGiven: 4, // "Essid" alone is not enough; a speaker where the gold has none is wrong
      scareAsSpeech: 1, scareOf: 1,
      quotesUnknown: 1, quotesExtracted: 6, // only the one that swallowed narration stands for nothing
      datesRight: 1, datesOf: 2,
    });
  });
  it('gives a refused page nothing, even where the gold has no author or date', () => {
    const bare: GoldPage = { ...gold, authors: [], published: null, siteName: null };
    expect(scorePage(bare, empty)).toMatchObject({ authors: 1, published: 1, siteName: 1 });
    expect(refusedScore(bare)).toMatchObject({ title: 0, authors: 0, published: 0, siteName: 0, quotesOf: 4, datesOf: 2 });
  });
  it('skips what a metadata-only gold leaves out instead of counting it wrong', () => {
    const { quotations: _q, scareQuotes: _s, dates: _d, ...metadataOnly } = gold;
    const got = { ...empty, title: gold.title, quotations: [{ text: 'anything at all', speaker: 'Someone' }], dates: [{ text: 'today', value: '2015-03-18' }] };
    expect(scorePage(metadataOnly, got)).toEqual({ ...EMPTY_SCORE, title: 1 });
    expect(scorePage(gold, got)).toMatchObject({ quotesOf: 4, quotesUnknown: 1, quotesExtracted: 1, scareOf: 1, datesOf: 2 });
    expect(parseGold(metadataOnly).ok).toBe(true);
  });
  it('adds scores field by field', () => {
    const one = scorePage(gold, empty);
    expect(addScores(one, one).quotesOf).toBe(8);
    expect(addScores(EMPTY_SCORE, one)).toEqual(one);
  });
});

describe('report', () => {
  it('meets a target only at or above it, and never on nothing measured', () => {
    expect(meets({ label: 'x', count: 95, of: 100, target: 0.95 })).toBe(true);
    expect(meets({ label: 'x', count: 94, of: 100, target: 0.95 })).toBe(false);
    expect(meets({ label: 'x', count: 0, of: 0, target: 0.95 })).toBe(false);
    expect(meets({ label: 'x', count: 3, of: 4 })).toBeUndefined();
  });
  it('prints counts out of N with the targets', () => {
    const table = formatTable(rowsOf({ ...EMPTY_SCORE, title: 30, authors: 29, quotesFound: 10, quotesOf: 20 }, 30));
    expect(table).toMatch(/title exact\s+30 \/ 30\s+100\.0%\s+target 98%: met/);
    expect(table).toMatch(/authors exact\s+29 \/ 30\s+96\.7%\s+target 95%: met/);
    expect(table).toMatch(/quotations found verbatim \(recall\)\s+10 \/ 20\s+50\.0%\s+target 85%: NOT met/);
    expect(table).toMatch(/speaker right.*0 \/ 0\s+–\s+target 95%: NOT met/);
    expect(table).toMatch(/scare quotes held as speech\s+0 \/ 0\s+–\s+fewer is better/);
  });
});

describe('parseGold', () => {
  it('accepts a well-formed gold and names the first problem of a bad one', () => {
    expect(parseGold(gold).ok).toBe(true);
    const bad = parseGold({ ...gold, published: '18 March 2015' });
    expect(bad).toMatchObject({ ok: false, reason: expect.stringContaining('published') });
    expect(parseGold({ ...gold, authors: [{ given: 'Erin' }] }).ok).toBe(false);
    expect(parseGold({ ...gold, extra: 1 }).ok).toBe(false);
  });
});
