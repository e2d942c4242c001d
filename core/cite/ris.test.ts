import { parse } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { buildCslItem } from './csl-item.ts';
import { toRis } from './ris.ts';
import { REAL_SOURCE } from './test-support/variations.ts';

const accessed = { year: 2027, month: 1, day: 1 };

describe('RIS export', () => {
  it('starts with TY  - ELEC, ends with ER  - , and ends every line with CR LF', () => {
    const ris = toRis(buildCslItem(REAL_SOURCE, accessed));
    const lines = ris.split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines[lines.length - 2]).toBe('ER  - ');
    expect(lines[lines.length - 1]).toBe('');
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('reads back with astrocite-ris as a web page with title, site, URL and dates', () => {
    const [item, ...rest] = parse(toRis(buildCslItem(REAL_SOURCE, accessed)));
    expect(rest).toEqual([]);
    expect(item?.type).toBe('webpage');
    expect(item?.title).toBe(REAL_SOURCE.title);
    expect(item?.['container-title']).toBe('CNN');
    expect(item?.URL).toBe(REAL_SOURCE.url);
    // astrocite-ris returns date parts as strings.
    expect(item?.issued?.['date-parts']?.[0]?.map(Number)).toEqual([2018, 10, 31]);
    expect(item?.accessed?.['date-parts']?.[0]?.map(Number)).toEqual([2027, 1, 1]);
    expect(item?.author).toBeUndefined();
  });

  it('reads back authors and an LF-only record too', () => {
    const authors = [{ family: 'Smith', given: 'Jane' }, { family: 'Okafor', given: 'Chidi' }];
    const [item] = parse(toRis(buildCslItem({ ...REAL_SOURCE, authors }, accessed), '\n'));
    expect(item?.author).toEqual([{ family: 'Smith', given: 'Jane' }, { family: 'Okafor', given: 'Chidi' }]);
  });

  it('keeps a value with a line break on one line', () => {
    const ris = toRis(buildCslItem({ ...REAL_SOURCE, title: 'Two\nlines' }, accessed));
    expect(ris).toContain('TI  - Two lines\r\n');
  });
});

describe('RIS notes and language', () => {
  it('records an update date in an N1 note that reads back as the note', () => {
    const ris = toRis(buildCslItem({ ...REAL_SOURCE, updated: { year: 2018, month: 11, day: 1 } }, accessed));
    expect(ris).toContain('\r\nN1  - Updated 2018-11-01\r\n');
    expect(parse(ris)[0]?.note).toBe('Updated 2018-11-01');
  });

  it('writes no N1 line when there is nothing to note', () => {
    expect(toRis(buildCslItem(REAL_SOURCE, accessed))).not.toMatch(/^N1 {2}- /m);
  });
});

describe('RIS fields, line by line', () => {
  const lines = (source: Parameters<typeof buildCslItem>[0]) => toRis(buildCslItem(source, accessed), '\n').split('\n');

  it('writes a full date zero-padded, and leaves unknown month and day parts empty', () => {
    expect(lines({ ...REAL_SOURCE, issued: { year: 2018, month: 5, day: 7 } })).toContain('DA  - 2018/05/07/');
    expect(lines({ ...REAL_SOURCE, issued: { year: 2018, month: 10 } })).toContain('DA  - 2018/10//');
    expect(lines({ ...REAL_SOURCE, issued: { year: 2018 } })).toEqual(expect.arrayContaining(['PY  - 2018', 'DA  - 2018///']));
  });

  it('writes no PY or DA line for an undated page', () => {
    const { issued: _issued, ...undated } = REAL_SOURCE;
    expect(lines(undated).filter((line) => /^(PY|DA) /.test(line))).toEqual([]);
  });

  it('collapses runs of white space and trims each value', () => {
    expect(lines({ ...REAL_SOURCE, title: '  Two   spaces\t and a tab  ' })).toContain('TI  - Two spaces and a tab');
  });

  it('writes the language when known, and no LA line otherwise', () => {
    expect(lines({ ...REAL_SOURCE, language: 'en' })).toContain('LA  - en');
    const { language: _language, ...unknown } = REAL_SOURCE as typeof REAL_SOURCE & { language?: string };
    expect(lines(unknown).filter((line) => line.startsWith('LA '))).toEqual([]);
  });
});

describe('RIS values from an item built elsewhere', () => {
  it('writes an organisation as it is, and tidies a value that was not tidied before', () => {
    const built = buildCslItem({ ...REAL_SOURCE, authors: [{ literal: 'Human Rights Watch' }, { family: 'Okafor', given: 'Chidi' }] }, accessed);
    const lines = toRis({ ...built, title: ' Two  spaces\n' }, '\n').split('\n');
    expect(lines).toEqual(expect.arrayContaining(['AU  - Human Rights Watch', 'AU  - Okafor, Chidi', 'TI  - Two spaces']));
  });
});
