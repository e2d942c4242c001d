import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { foldLetterForms } from './letter-forms.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import type { MatchTerm } from './types.ts';

const terms: MatchTerm[] = [
  { id: 'xinjiang', strength: 'strong', caseSensitive: false, variants: [{ text: 'سینکیانگ', inflection: 'none' }, { text: 'شينجيانغ', inflection: 'ar' }] },
  { id: 'camps', strength: 'weak', caseSensitive: false, variants: [{ text: 'toplama kampları', inflection: 'tr' }] },
  { id: 'detained', strength: 'weak', caseSensitive: false, variants: [{ text: 'deținuți', inflection: 'sla' }, { text: 'kamış', inflection: 'none' }] },
];
const matcher = compileMatcher(terms);

/** The scanner's pipeline: remove ignorables, match, map each mention back to the original text. */
function highlighted(original: string): string[] {
  const { text, map } = normalizeForMatch(original);
  return matcher.find(text).map((m) => {
    const [s, e] = toOriginalRange(map, m.start, m.end);
    return original.slice(s, e);
  });
}

describe('letter forms writers interchange', () => {
  it('folds unit for unit, keeping the length', () => {
    const text = 'سینکیانگ مدرسة آیدین ılık';
    const folded = foldLetterForms(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('سينكيانگ مدرسه آيدين ilik');
    expect(foldLetterForms('Xinjiang')).toBe('Xinjiang');
  });

  it('matches Persian letters against an Arabic-letter variant and the reverse, on the original characters', () => {
    expect(highlighted('گزارش از شینجیانغ امروز')).toEqual(['شینجیانغ']);
    expect(highlighted('خبر سينكيانگ')).toEqual(['سينكيانگ']);
  });

  it('matches across a zero-width non-joiner, a tatweel and vowel marks, and highlights the original span', () => {
    expect(highlighted('در سین\u200Cکیانگ')).toEqual(['سین\u200Cکیانگ']);
    expect(highlighted('في شينـجيانغ')).toEqual(['شينـجيانغ']);
    expect(highlighted('في شِينْجِيانغ')).toEqual(['شِينْجِيانغ']);
  });

  it('folds Turkish dotless ı, so upper-case text matches a lower-case variant', () => {
    expect(highlighted('UYGURLAR TOPLAMA KAMPLARINDA')).toEqual(['TOPLAMA KAMPLARINDA']);
    expect(highlighted('toplama kamplarında')).toEqual(['toplama kamplarında']);
    expect(highlighted('Toplama Kampları’nda')).toEqual(['Toplama Kampları’nda']);
  });

  it('folds Romanian ș ț with a comma below to the cedilla forms, so either spelling matches the other', () => {
    expect(foldLetterForms('ȘȚșț')).toBe('ŞŢşţ');
    expect(highlighted('deținuții și deţinuţii')).toEqual(['deținuții', 'deţinuţii']);
    expect(highlighted('DEŢINUŢI')).toEqual(['DEŢINUŢI']);
    // Turkish keeps its cedilla, and a comma-below spelling of a Turkish word still matches.
    expect(highlighted('kamış, kamiș')).toEqual(['kamış', 'kamiș']);
  });

  it('finds the same offsets in folded and unfolded text', () => {
    const text = 'الف سینکیانگ ب';
    const [m] = matcher.find(text);
    expect(text.slice(m!.start, m!.end)).toBe('سینکیانگ');
  });
});
