import { describe, expect, it } from 'vitest';
import { titleCase } from './title-case.ts';

describe('CSL title case', () => {
  it('capitalises words but not stop words, except the first and the last word', () => {
    expect(titleCase('a tale of two cities')).toBe('A Tale of Two Cities');
    expect(titleCase('what they are up to')).toBe('What They Are up To');
  });

  it('leaves words that already have capitals alone', () => {
    expect(titleCase('UK says iPhone sales fell')).toBe('UK Says iPhone Sales Fell');
  });

  it('capitalises both halves of a hyphenated word and the word after a colon', () => {
    expect(titleCase('re-education: a history of the camps')).toBe('Re-Education: A History of the Camps');
  });

  it('does not capitalise the letter after an apostrophe', () => {
    expect(titleCase("china's camps don't close")).toBe("China's Camps Don't Close");
  });

  it('capitalises inside quotation marks that close at the end of the title', () => {
    expect(titleCase("reports 'broadly accurate'")).toBe("Reports 'Broadly Accurate'");
  });
});
