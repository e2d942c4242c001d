// Turkish, and Turkic languages in Latin, Cyrillic or Arabic script (Uyghur, Kazakh і ұ, Azerbaijani ə), other
// agglutinating languages (Hungarian ő ű, Finnish), and the languages that decline a name with endings of
// their own letters (Czech Ujgurům, Ujgurech; Lithuanian uigūrai; Latvian Siņdzjanā): endings, with or
// without an apostrophe after a name; in Latin script any run of Latin letters, with or without diacritics.
import { APOS_CLASS } from '../letter-units.ts';
import type { InflectionRule } from './rule.ts';

/** The letters an ending may use, in the script of the word it follows. */
function endingLetters(lastChar: string): string {
  const c = lastChar.charCodeAt(0);
  if (c >= 0x0400 && c <= 0x052f) return '[а-яёәөүҗңһғқіұ]';
  if (c >= 0x0600 && c <= 0x06ff) return '[\\u0621-\\u064A\\u0674-\\u06D5]';
  // Latin-1 letters, Latin Extended-A (ç ğ ı İ ö ş ü, ř ů ě, ą ł ż, ū ų ė, ā ņ, đ ć, ő ű), ə and Romanian ș ț.
  return '[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u017F\\u0259\\u0218-\\u021B]';
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
    { variant: 'Ujgur', text: 'Ujgurům, Ujgurech a Ujgurové; Ujgurima', found: ['Ujgurům', 'Ujgurech', 'Ujgurové', 'Ujgurima'] },
    { variant: 'uigūr', text: 'uigūrai, uigūrų', found: ['uigūrai', 'uigūrų'] },
    { variant: 'Siņdzjan', text: 'Siņdzjanā un Siņdzjanas', found: ['Siņdzjanā', 'Siņdzjanas'] },
  ],
};
