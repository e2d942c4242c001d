// Turkish, and Turkic languages in Latin, Cyrillic or Arabic script (Uyghur, Kazakh і ұ, Azerbaijani ə), and
// other agglutinating languages (Hungarian ő ű, Finnish): endings, with or without an apostrophe after a name.
import { APOS_CLASS } from '../letter-units.ts';
import type { InflectionRule } from './rule.ts';

/** The letters an ending may use, in the script of the word it follows. */
function endingLetters(lastChar: string): string {
  const c = lastChar.charCodeAt(0);
  if (c >= 0x0400 && c <= 0x052f) return '[а-яёәөүҗңһғқіұ]';
  if (c >= 0x0600 && c <= 0x06ff) return '[\\u0621-\\u064A\\u0674-\\u06D5]';
  return '[a-zß-öø-ÿĀ-ſəȘ-ț]';
}

export const tr: InflectionRule = {
  suffix: (lastChar) => `(?:${APOS_CLASS}?${endingLetters(lastChar)}{1,12})?`,
  examples: [
    { variant: 'Sincan', text: 'Sincan’daki kamplar, Sincan\'da', found: ['Sincan’daki', 'Sincan\'da'] },
    { variant: 'Uygur', text: 'Uygurların evleri', found: ['Uygurların'] },
    { variant: 'ئۇيغۇر', text: 'ئۇيغۇرلار', found: ['ئۇيغۇرلار'] },
    { variant: 'лагер', text: 'лагерлерінде ұсталған', found: ['лагерлерінде'] },
    { variant: 'düşərgə', text: 'düşərgələrdə saxlanılır', found: ['düşərgələrdə'] },
    { variant: 'átnevel', text: 'átnevelőtáborokban, az átnevelés', found: ['átnevelőtáborokban', 'átnevelés'] },
  ],
};
