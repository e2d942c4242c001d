import { describe, expect, it } from 'vitest';
import { extractDates, yearsAlone } from './dates.ts';
import { publishedDayInDateline } from './day-of.ts';

const all = (text: string, lang = 'en', ref = '2024-12-06') =>
  (extractDates(text, [0], lang, ref) ?? []).map((d) => ({ text: d.text, value: d.value, precision: d.precision }));

describe('date rules', () => {
  it('reads a year alone after a preposition, in several languages', () => {
    expect(all('The plant opened in 2017 and has grown since.')).toEqual([{ text: 'in 2017', value: '2017', precision: 'year' }]);
    expect(all('Die Firma besteht seit 1980 in Bremen.', 'de')).toEqual([{ text: 'seit 1980', value: '1980', precision: 'year' }]);
    expect(all('La usina funciona desde 2012.', 'es')).toEqual([{ text: 'desde 2012', value: '2012', precision: 'year' }]);
  });

  it('leaves numbers that are not years: amounts, percentages, counts, parts of other numbers', () => {
    expect(yearsAlone('It cost $2019 and 2020 people came; 1999% up; 12019 and 2,015 units, 2018.5 points', [])).toEqual([]);
    expect(yearsAlone('The 2024 budget rose.', [])).toEqual([]);
    expect(yearsAlone('Sales fell in 2019.', [[0, 10]]).map((y) => y.text)).toEqual(['in 2019']);
  });

  it('takes a weekday alone as the nearest such day, three days back at most', () => {
    // 6 December 2024 is a Friday.
    expect(all('Troops entered at 10:30 p.m. Tuesday, officials said.')[0]).toMatchObject({ value: '2024-12-03', precision: 'day' });
    expect(all('The vote is on Sunday, officials said.')[0]).toMatchObject({ value: '2024-12-08', precision: 'day' });
    expect(all('The vote was on Friday.')[0]).toMatchObject({ value: '2024-12-06' });
  });
});

describe('the publication day in a visible dateline', () => {
  it('reads the day after a published label, in several languages', () => {
    expect(publishedDayInDateline('posted on April 21, 2015, at 11:29 a.m.')).toBe('2015-04-21');
    expect(publishedDayInDateline('Veröffentlicht am 21.04.2015, 11:29 Uhr')).toBe('2015-04-21');
    expect(publishedDayInDateline('发稿时间：2017-03-10 08:42:00')).toBe('2017-03-10');
    expect(publishedDayInDateline('Updated 23 April 2015, published 21 April 2015')).toBe('2015-04-21');
  });

  it('reads no publication day from an update line', () => {
    expect(publishedDayInDateline('Updated April 23, 2015')).toBeNull();
    expect(publishedDayInDateline('Last modified on Wed 16 Jan 2019 06.16 EST')).toBeNull();
    expect(publishedDayInDateline('Atualizado 23.04.2015')).toBeNull();
    expect(publishedDayInDateline('Thu 3 Jan 2019 02.00 EST')).toBe('2019-01-03');
  });
});
