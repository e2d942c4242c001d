// The literal opening of every match of a variant, compared in code before its expression is compiled.
import { APOSTROPHES, esc, letterUnit } from './letter-units.ts';
import { foldCode } from './word-chars.ts';

/** At most this many letters in a head: enough to tell apart the variants that share their opening. */
const HEAD_LETTERS = 14;
/** Codes that stand, in a head, for the separators between two words: 1 to 3 characters of SEP_CLASS, or
 * 0 to 3 (hyphen). No letter of a head is below 32. */
export const HEAD_SPACE = 0;
export const HEAD_HYPHEN = 1;

/** A word of a variant as the pattern builder sees it. */
export interface HeadWord {
  readonly letters: readonly string[];
  readonly stemmed: boolean;
}

/**
 * The literal opening of every match: the leading letters of its words while each is written as one
 * character (or as [iİ]), folded as the `i` flag compares them, with the separators between words as
 * HEAD_SPACE or HEAD_HYPHEN. Most candidates the finders report fail every verifier of their bucket
 * ("camps of", "vocational school"); comparing this first spares compiling and running each one.
 * `headSlack`: how many characters (a prefix, `prefixMax`) may come before it. With `eachWordInflected`
 * only the first word is literal.
 */
export function headOf(
  unitWords: readonly HeadWord[],
  seps: readonly string[],
  eachWordInflected: boolean,
  prefixMax: number,
  caseInsensitive: boolean,
): { head: string; headSlack: number } {
  const codes: number[] = [];
  let letters = 0;
  words: for (const [i, word] of unitWords.entries()) {
    if (i > 0) {
      // Words after a suffix, or after an interpunct, are not literal. An empty word is two separators in a
      // row ("Bildungs- und"): the head stops before them.
      if (eachWordInflected || !word.letters.length || (seps[i - 1] !== ' ' && seps[i - 1] !== '-')) break;
      codes.push(seps[i - 1] === ' ' ? HEAD_SPACE : HEAD_HYPHEN);
    }
    for (const ch of word.letters) {
      if (letters === HEAD_LETTERS || ch.length !== 1 || ch < ' ' || APOSTROPHES.includes(ch)) break words;
      const unit = letterUnit(ch, caseInsensitive);
      if (unit === '[iİ]') codes.push(73);
      else if (unit === esc(ch)) codes.push(caseInsensitive ? foldCode(ch.charCodeAt(0)) : ch.charCodeAt(0));
      else break words;
      letters++;
    }
    // The last word's suffix (and a stemmed word's) follows it: nothing literal after.
    if (word.stemmed || i === unitWords.length - 1) break;
  }
  while (codes.length && codes[codes.length - 1]! < 32) codes.pop();
  return { head: String.fromCharCode(...codes), headSlack: prefixMax };
}
