import { describe, expect, it } from 'vitest';
import { dayOf } from './day-of.ts';
import { dayInWords, monthOf } from './month-names.ts';

describe('days written in words, beyond English', () => {
  it('reads a day with its month named, in several languages', () => {
    expect(dayOf('21 de abril de 2015')).toBe('2015-04-21');
    expect(dayOf('21. April 2015, 10:13 Uhr')).toBe('2015-04-21');
    expect(dayOf('Publié le 21 avril 2015 à 10h')).toBe('2015-04-21');
    expect(dayOf('21.dez.2018 às 12h55')).toBe('2018-12-21');
    expect(dayOf('21 апреля 2015 г.')).toBe('2015-04-21');
    expect(dayOf('3. června 2019')).toBe('2019-06-03');
  });

  it('reads days in CJK digits', () => {
    expect(dayOf('2015年4月21日 08:30')).toBe('2015-04-21');
    expect(dayOf('2019년 1월 3일')).toBe('2019-01-03');
  });

  it('takes a cut month name only when one month fits', () => {
    expect(monthOf('sept.')).toBe(9);
    expect(monthOf('févr')).toBe(2);
    expect(monthOf('ma')).toBeNull();
    expect(monthOf('červ')).toBeNull();
    expect(monthOf('Hafen')).toBeNull();
  });

  it('reads no day from words that are not a date', () => {
    expect(dayInWords('12 Monate 2015 lang')).toBeNull();
    expect(dayOf('31 de febrero de 2015')).toBeNull();
    expect(dayInWords('Seite 3 von 2015 Seiten')).toBeNull();
  });
});
