import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.ts';

const one = (text: string, lang = 'en', ref = '2018-11-01') =>
  (extractDates(text, [0], lang, ref) ?? []).map((d) => ({ text: d.text, value: d.value, precision: d.precision }));

describe('dates', () => {
  it('resolves relative expressions against the reference day, with precision', () => {
    expect(one('Hunt told Parliament earlier this week that it was true.')).toEqual([{ text: 'earlier this week', value: '2018-10-29', precision: 'week' }]);
    expect(one('A report will come next week.')).toEqual([{ text: 'next week', value: '2018-11-05', precision: 'week' }]);
    expect(one('Last month, China launched a defence.')).toEqual([{ text: 'Last month', value: '2018-10', precision: 'month' }]);
    expect(one('At a press conference Thursday, he spoke.')[0]).toMatchObject({ value: '2018-11-01', precision: 'day' });
    expect(one('It was legalised on October 10.')).toEqual([{ text: 'October 10', value: '2018-10-10', precision: 'day' }]);
    expect(one('The photo was taken on July 2, 2018.')[0]).toMatchObject({ value: '2018-07-02', precision: 'day' });
  });
  it('gives the sentence as the event the date belongs to', () => {
    const text = 'Nothing happened then. The committee met on August 29 in Geneva. Later, more.';
    const d = extractDates(text, [0], 'en', '2018-11-01')![0]!;
    expect(text.slice(d.event.start, d.event.end)).toBe('The committee met on August 29 in Geneva.');
    expect(text.slice(d.span.start, d.span.end)).toBe('August 29');
  });
  it('does not take a span of time for a date, nor a speaker’s relative words', () => {
    expect(one('That came less than two months after a denial.')).toEqual([]);
    const text = '“Today we are safe,” he said.';
    expect(extractDates(text, [0], 'en', '2018-11-01', (at) => at > 0 && at < 19)).toEqual([]);
  });
  it('reads other languages chrono knows, and says so for those it does not', () => {
    expect(one('Das Treffen fand am 10. Oktober 2018 statt.', 'de')[0]).toMatchObject({ value: '2018-10-10', precision: 'day' });
    expect(one('La réunion a eu lieu le 10 octobre 2018.', 'fr')[0]).toMatchObject({ value: '2018-10-10' });
    expect(extractDates('Toplantı 10 Ekim 2018 tarihinde yapıldı.', [0], 'tr', '2018-11-01')).toBeNull();
  });
});
