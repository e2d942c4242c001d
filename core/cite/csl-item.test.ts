import { describe, expect, it } from 'vitest';
import { buildCslItem, fromCslDate, toCslDate } from './csl-item.ts';
import { REAL_SOURCE } from './test-support/variations.ts';

const accessed = { year: 2026, month: 1, day: 2 };

describe('buildCslItem', () => {
  it('collapses and trims white space in the title, site and names, and trims the URL', () => {
    const item = buildCslItem(
      {
        ...REAL_SOURCE,
        title: '  Two   spaces\tand\na line  ',
        containerTitle: ' The  Gazette\n',
        url: ' https://example.org/a \n',
        authors: [{ family: ' Smith ', given: 'Jane  Ann' }, { literal: ' Human  Rights Watch ' }],
      },
      accessed,
    );
    expect(item.title).toBe('Two spaces and a line');
    expect(item['container-title']).toBe('The Gazette');
    expect(item.URL).toBe('https://example.org/a');
    expect(item.author).toEqual([{ family: 'Smith', given: 'Jane Ann' }, { literal: 'Human Rights Watch' }]);
  });

  it('notes an update as an ISO date, zero-padded, with only the parts known', () => {
    const note = (updated: { year: number; month?: number; day?: number }) => buildCslItem({ ...REAL_SOURCE, updated }, accessed).note;
    expect(note({ year: 2018, month: 5, day: 7 })).toBe('Updated 2018-05-07');
    expect(note({ year: 2018, month: 5 })).toBe('Updated 2018-05');
    expect(note({ year: 2018 })).toBe('Updated 2018');
  });

  it('names the item "source" unless given an id', () => {
    expect(buildCslItem(REAL_SOURCE, accessed).id).toBe('source');
    expect(buildCslItem(REAL_SOURCE, accessed, 'pack-1').id).toBe('pack-1');
  });

  it('adds no key for what the source does not have', () => {
    const { issued: _issued, language: _language, ...bare } = REAL_SOURCE;
    expect(Object.keys(buildCslItem(bare, accessed)).sort()).toEqual(['URL', 'accessed', 'container-title', 'id', 'title', 'type']);
  });
});

describe('CSL dates', () => {
  it('reads date-parts back with only the parts present', () => {
    expect(fromCslDate({ 'date-parts': [[2018]] })).toStrictEqual({ year: 2018 });
    expect(fromCslDate({ 'date-parts': [[2018, 10]] })).toStrictEqual({ year: 2018, month: 10 });
    expect(fromCslDate(toCslDate({ year: 2018, month: 10, day: 31 }))).toStrictEqual({ year: 2018, month: 10, day: 31 });
  });
});
