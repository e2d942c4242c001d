// Russian: every word of a phrase is declined, so each word's ending is cut and any short ending follows it
// (the boundary check after the match still keeps it out of longer words).
import type { InflectionRule } from './rule.ts';

const ENDING = /[аеёиоуыьэюяй]{1,2}$/i;
const CYRILLIC_END = /[а-яё]$/i;

export const ru: InflectionRule = {
  suffix: () => '',
  eachWord: {
    stem(letters) {
      const word = letters.join('');
      if (!CYRILLIC_END.test(word)) return letters;
      const cut = ENDING.exec(word);
      // A stem keeps at least three letters.
      return cut && letters.length - cut[0].length >= 3 ? letters.slice(0, letters.length - cut[0].length) : letters;
    },
    suffix: (lastChar) => (/[а-яё]/i.test(lastChar) ? '[а-яё]{0,5}' : ''),
  },
  examples: [
    { variant: 'лагерь перевоспитания', text: 'в лагерях перевоспитания', found: ['лагерях перевоспитания'] },
    { variant: 'Синьцзян', text: 'в Синьцзяне и Синьцзяном', found: ['Синьцзяне', 'Синьцзяном'] },
    { variant: 'уйгуры', text: 'права уйгуров', found: ['уйгуров'] },
  ],
};
