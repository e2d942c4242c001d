// Slavic languages in Latin or Cyrillic script (Polish, Czech, Slovak, Croatian, Serbian, Ukrainian), and
// others that decline every word of a phrase the same way (Romanian, Greek): each word's final vowels are
// cut and a short ending in the word's own script may follow it (obozy reedukacyjne: w obozach
// reedukacyjnych). A variant may also be written as a stem (reedukac: reedukacji, reedukacyjnych).
import type { InflectionRule } from './rule.ts';

/** Endings' letters by script: Latin with its diacritics (ą ć ę ł ń ó ś ź ż č ď ě ň ř š ť ů ý ă â î ş ţ ș ț),
 * Cyrillic with Ukrainian і ї є ґ, Greek with its accented vowels. */
const LATIN = 'a-zß-öø-ÿĀ-ſȘ-ț';
const CYRILLIC = 'а-яѐ-џґ';
const GREEK = 'ά-ώ';
const VOWEL_END = /[aeiouyáéíóúýěůąęăâî]{1,2}$|[аеёиоуыьэюяйіїє]{1,2}$|[αεηιουωάέήίόύώϊϋ]{1,2}$/i;
const MAX_ENDING = 6;

const SCRIPTS = [LATIN, CYRILLIC, GREEK].map((letters) => ({ letters, test: new RegExp(`[${letters}]`, 'i') }));

function scriptOf(ch: string): string {
  return SCRIPTS.find((s) => s.test.test(ch))?.letters ?? '';
}

export const sla: InflectionRule = {
  suffix: () => '',
  eachWord: {
    stem(letters) {
      const cut = VOWEL_END.exec(letters.join(''));
      // A stem keeps at least three letters (na, za, de stay whole).
      return cut && letters.length - cut[0].length >= 3 ? letters.slice(0, letters.length - cut[0].length) : letters;
    },
    suffix: (lastChar) => {
      const letters = scriptOf(lastChar);
      return letters ? `[${letters}]{0,${MAX_ENDING}}` : '';
    },
  },
  examples: [
    { variant: 'obozy reedukacyjne', text: 'w obozach reedukacyjnych, obozy reedukacyjne', found: ['obozach reedukacyjnych', 'obozy reedukacyjne'] },
    { variant: 'reedukac', text: 'obozów reedukacji i ośrodków reedukacyjnych', found: ['reedukacji', 'reedukacyjnych'] },
    { variant: 'převýchova', text: 'v převýchovných táborech, tábory na převýchovu', found: ['převýchovných', 'převýchovu'] },
    { variant: 'centra szkolenia zawodowego', text: 'w ośrodkach i centrach szkolenia zawodowego', found: ['centrach szkolenia zawodowego'] },
    { variant: 'перевихов', text: 'у таборах перевиховання', found: ['перевиховання'] },
    { variant: 'табори', text: 'у таборі, у таборах', found: ['таборі', 'таборах'] },
    { variant: 'lagăre', text: 'în lagărele de reeducare', found: ['lagărele'] },
    { variant: 'επανεκπαίδευση', text: 'στρατόπεδα επανεκπαίδευσης', found: ['επανεκπαίδευσης'] },
  ],
};
