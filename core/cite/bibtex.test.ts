import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { toBibtex, escapeBibtex } from './bibtex.ts';
import { buildCslItem } from './csl-item.ts';
import { REAL_SOURCE } from './test-support/variations.ts';

const accessed = { year: 2026, month: 11, day: 30 };

describe('BibTeX export', () => {
  it('reads back with bibtex-parser as one @online entry with the source fields', () => {
    const lib = parse(toBibtex(buildCslItem(REAL_SOURCE, accessed)));
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const entry = lib.entries[0];
    expect(entry?.type).toBe('online');
    expect(entry?.key).toBe('cnn2018uk');
    expect(entry?.fields.title).toBe("UK says reports of internment camps in China's Xinjiang 'broadly accurate'");
    expect(entry?.fields.organization).toEqual(['CNN']);
    expect(entry?.fields.url).toBe(REAL_SOURCE.url);
    expect(entry?.fields.date).toBe('2018-10-31');
    expect(entry?.fields.urldate).toBe('2026-11-30');
    expect(entry?.fields.author).toBeUndefined();
  });

  it('keeps TeX special characters in a title literal when read back', () => {
    const title = 'Costs of 50% & more: {camps} #1 at $5_000 ~ C^2 \\ end';
    const lib = parse(toBibtex(buildCslItem({ ...REAL_SOURCE, title }, accessed)));
    expect(lib.errors).toEqual([]);
    expect(lib.entries[0]?.fields.title).toBe(title);
  });

  it('writes authors family-first and reads them back as separate creators', () => {
    const authors = [{ family: 'Smith', given: 'Jane' }, { family: "O'Brien", given: 'Seán' }];
    const lib = parse(toBibtex(buildCslItem({ ...REAL_SOURCE, authors }, accessed)));
    expect(lib.entries[0]?.fields.author).toEqual([
      { lastName: 'Smith', firstName: 'Jane' },
      { lastName: "O'Brien", firstName: 'Seán' },
    ]);
  });

  it('escapes each TeX special character with a backslash command', () => {
    expect(escapeBibtex('a & b % c _ d # e $ f { g } h')).toBe('a \\& b \\% c \\_ d \\# e \\$ f \\{ g \\} h');
  });

  it('records an update date in the note and no date field when undated', () => {
    const { issued: _issued, ...undated } = REAL_SOURCE;
    const text = toBibtex(buildCslItem({ ...undated, updated: { year: 2018, month: 11, day: 1 } }, accessed));
    const fields = parse(text).entries[0]?.fields;
    expect(fields?.date).toBeUndefined();
    expect(fields?.note).toBe('Updated 2018-11-01');
    expect(text).toMatch(/^@online\{cnnnduk,/);
  });
});

describe('BibTeX title case protection', () => {
  const titleField = (title: string) => /\n {2}title = \{(.*)\},\n/.exec(toBibtex(buildCslItem({ ...REAL_SOURCE, title }, accessed)))?.[1];

  it('braces acronyms and proper nouns so a style that lower-cases titles keeps them', () => {
    expect(titleField("UK says reports of internment camps in China's Xinjiang 'broadly accurate'")).toBe(
      "{UK} says reports of internment camps in {China's} {Xinjiang} 'broadly accurate'",
    );
  });

  it('leaves a capitalised first word and lower-case words unbraced', () => {
    expect(titleField('Reports say little')).toBe('Reports say little');
    expect(titleField('NATO meets in Brussels')).toBe('{NATO} meets in {Brussels}');
  });

  it('escapes TeX specials inside a braced word', () => {
    expect(titleField('Spending at AT&T rises')).toBe('Spending at {AT\\&T} rises');
  });
});

describe('BibTeX entry, field by field', () => {
  const source = {
    title: "A visit to China's camps",
    containerTitle: 'Example News',
    url: 'https://example.org/a{1}',
    issued: { year: 2018, month: 5 },
    authors: [{ literal: 'Human Rights Watch' }, { family: 'Okafor', given: 'Chidi' }],
    language: 'fr',
  };

  it('writes the whole entry for an organisation and a person, a month date and a language', () => {
    expect(toBibtex(buildCslItem(source, { year: 2026, month: 1, day: 2 }))).toBe(
      [
        '@online{humanrightswatch2018visit,',
        '  author = {{Human Rights Watch} and Okafor, Chidi},',
        "  title = {A visit to {China's} camps},",
        '  organization = {{Example News}},',
        '  date = {2018-05},',
        '  url = {https://example.org/a%7B1%7D},',
        '  urldate = {2026-01-02},',
        '  langid = {fr}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes a year-only date, English as babel names it, and no langid for an unknown language', () => {
    const { language: _language, ...unknown } = source;
    const field = (text: string, name: string) => new RegExp(`\\n {2}${name} = \\{(.*)\\}`).exec(text)?.[1];
    const text = toBibtex(buildCslItem({ ...source, issued: { year: 2019 }, language: 'en' }, accessed));
    expect(field(text, 'date')).toBe('2019');
    expect(field(text, 'langid')).toBe('english');
    expect(toBibtex(buildCslItem(unknown, accessed))).not.toMatch(/langid/);
  });

  it('keys a title without a word on the name and year alone', () => {
    expect(toBibtex(buildCslItem({ ...REAL_SOURCE, title: '9/11' }, accessed))).toMatch(/^@online\{cnn2018,/);
  });
});
