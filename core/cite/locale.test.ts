import { describe, expect, it } from 'vitest';
import { citeLocale, monthLong, monthShort } from './locale.ts';

// The months' names and the quote marks reach readers through every style: citation-examples.test.ts
// checks them against citeproc-js. These are the edges no citation reaches.
describe('citation locales', () => {
  it('has no name for a month outside 1 to 12', () => {
    for (const month of [0, 13, -1]) {
      expect(monthLong(month)).toBe('');
      expect(monthShort(month)).toBe('');
    }
  });

  it('gives each locale its own quote marks and punctuation rule', () => {
    expect(citeLocale('en-GB')).toMatchObject({ id: 'en-GB', openQuote: '\u2018', punctuationInQuote: false });
    expect(citeLocale('en-US')).toMatchObject({ id: 'en-US', openQuote: '\u201C', punctuationInQuote: true });
  });
});
