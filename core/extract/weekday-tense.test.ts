import { describe, expect, it } from 'vitest';
import { extractDates } from './dates.ts';
import { weekdayOffset } from './weekday-tense.ts';

const day = (sentence: string, ref: string) => extractDates(sentence, [0], 'en', ref)?.find((d) => /day/i.test(d.text))?.value;

describe('which weekday a sentence means', () => {
  it('moves a weekday ahead when a future verb stands in its clause', () => {
    // Friday 6 Dec 2024: "would come back to it on Wednesday" is the 11th, not the 4th.
    expect(day('Lawmakers said they would come back to the motion on Wednesday.', '2024-12-06')).toBe('2024-12-11');
    expect(day('Then, on Tuesday, the chiefs will appear before the committee.', '2015-03-13')).toBe('2015-03-17');
  });

  it('keeps the nearest past weekday when the future verb is in another clause or absent', () => {
    // Wednesday 18 Mar 2015: "his vow on Monday that there would be…" is the Monday before.
    expect(day('Voters backed his vow on Monday that there would be no new state.', '2015-03-18')).toBe('2015-03-16');
    expect(day('The minister spoke on Monday.', '2015-03-18')).toBe('2015-03-16');
  });

  it('reads the clause in other languages', () => {
    expect(weekdayOffset(2, 'Le vote aura lieu ', '.', 'fr')).toBe(5);
    expect(weekdayOffset(2, 'Le vote a eu lieu ', '.', 'fr')).toBe(-2);
    expect(weekdayOffset(0, 'They will meet ', '.', 'en')).toBe(-0);
  });
});
