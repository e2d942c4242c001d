// Turns one term variant into regular-expression source. The text is never folded: case-insensitivity comes
// from the `i` flag, and each unit that has more than one spelling in real text is written as an
// alternation, so every match is an offset into the original string (decomposed ï, Turkish İ, typographic
// apostrophes, hyphen/space/line-break variants). Letters: letter-units.ts; endings: inflections/;
// the anchor: pattern-anchor.ts; the literal head: pattern-head.ts.
import type { MatchVariant } from './types.ts';
import { INFLECTIONS } from './inflections/index.ts';
import { APOSTROPHES, APOS_CLASS, DOT_UNIT, SEP_CLASS, esc, letterUnit, splitWords } from './letter-units.ts';
import { anchorOf } from './pattern-anchor.ts';
import { FUNCTION_WORD_SET } from './common-words.ts';
import { headOf } from './pattern-head.ts';
import { WORD_CLASS, isCjkChar, isWordChar } from './word-chars.ts';

export { SEP_CLASS } from './letter-units.ts';
export { HEAD_HYPHEN, HEAD_SPACE } from './pattern-head.ts';

// Units of a variant's start that make up its finder lead: enough to be selective, few enough that the
// combined finder stays small. Its size, not its flags, is what V8 pays for at the first exec.
const LEAD_UNITS = 6;

export interface VariantPattern {
  /** Pattern without boundary assertions. */
  readonly core: string;
  /** The atoms of a prefix of `core` (its first units, with any separators and affixes between them), for
   * the finder; each atom is a self-contained pattern, so finders can share common prefixes. */
  readonly leadUnits: readonly string[];
  /** `core` with the assertion after it, to verify a candidate position (sticky). */
  readonly verify: string;
  /** True when `verify` ends with "no word character next": the matcher checks that in code first, and
   * runs `verify` (whose word class made it ten times longer, and slow to compile) only when it fails. */
  readonly wordAfter: boolean;
  /** True when the character before a match must not be a word character (checked in code, not as a
   * lookbehind: each verifier is compiled at its first use, and the word class doubled its size). */
  readonly wordBefore: boolean;
  /** Characters that must not directly precede a match when `wordBefore` is false (CJK: 更新疆界). */
  readonly notBefore: string;
  /** True when the variant may also end a German compound (Zwangsumerziehungslager). */
  readonly compoundTail: boolean;
  /** The atoms of a stretch every match contains (a rare word, or the opening of a phrase), for the quick
   * pre-check; atoms, so anchors can be compared and shared unit by unit. */
  readonly anchorUnits: readonly string[];
  /** The letters of the words the anchor is taken from (apostrophes left out), to tell its script. */
  readonly anchorLetters: string;
  /** True when, in every match, the character before the anchor is no letter or digit (or there is none):
   * its word opens the match after a boundary, or follows a space. Such an anchor is looked for only where
   * a word starts (see compile-terms.ts). False for a German compound's tail (Zwangsumerziehungslager), a
   * word after a hyphen that may be left out (reeducation), or a variant that may follow a word. */
  readonly anchorAtWordStart: boolean;
  /** Characters every match opens with (see headOf), as their foldCode when case-insensitive; empty when
   * its first unit has several spellings. Compared in code before `core` is compiled and run. */
  readonly head: string;
  /** How many characters may come before `head` (an Arabic prefix). */
  readonly headSlack: number;
}

/** Builds the finder, verifier and anchor patterns of one variant; `common`: words never an anchor alone. */
export function variantPattern(variant: MatchVariant, caseInsensitive: boolean, common: ReadonlySet<string> = FUNCTION_WORD_SET): VariantPattern {
  const rule = INFLECTIONS[variant.inflection ?? 'none'];
  const eachWord = rule.eachWord;
  const { words, seps } = splitWords(variant.text);
  const unitWords = words.map((w, i) => {
    const letters = eachWord ? eachWord.stem(w) : w;
    const units = letters.map((ch) => (APOSTROPHES.includes(ch) ? APOS_CLASS : letterUnit(ch, caseInsensitive)));
    return { letters, units, isLast: i === words.length - 1, stemmed: letters !== w };
  });
  const first = words[0]?.[0] ?? '';
  const last = words[words.length - 1]?.at(-1) ?? '';
  const notAfter = variant.notAfter ? `(?![${[...variant.notAfter].map(esc).join('')}])` : '';
  // The pattern as atoms; `wordAt[i]` is the index in `atoms` where word i starts.
  const atoms: string[] = rule.prefix ? [rule.prefix.pattern] : [];
  const wordAt: number[] = [];
  let lead: string[] | undefined;
  let leadUnits = 0;
  unitWords.forEach((w, i) => {
    if (i > 0) {
      const sep = seps[i - 1];
      atoms.push(sep === ' ' ? `${SEP_CLASS}{1,3}` : sep === '-' ? `${SEP_CLASS}{0,3}` : DOT_UNIT);
    }
    wordAt.push(atoms.length);
    for (const unit of w.units) {
      atoms.push(unit);
      if (leadUnits < LEAD_UNITS && ++leadUnits === LEAD_UNITS) lead = [...atoms];
    }
    const wordSuffix = eachWord?.suffix(words[i]?.at(-1) ?? '');
    if (wordSuffix) atoms.push(wordSuffix);
    if (w.isLast) {
      if (notAfter) atoms.push(notAfter);
      if (!eachWord) atoms.push(rule.suffix(last));
    }
  });
  const core = atoms.join('');
  const after = isWordChar(last) ? `(?!${WORD_CLASS})` : '';
  const wordBefore = isWordChar(first);
  const compoundTail = !!rule.compounds && /[a-zäöü]/i.test(first);
  const anchor = anchorOf(unitWords, words, seps, atoms, wordAt, !!eachWord, isCjkChar(first), common);
  // Word 0 opens the match (a prefix may come first); a later word follows its separator, which is at
  // least one space only after a space.
  const anchorAtWordStart = anchor.word === 0 ? wordBefore && !compoundTail && !rule.prefix : seps[anchor.word - 1] === ' ';
  return {
    core,
    // A variant shorter than the lead budget is its own lead.
    leadUnits: lead ?? atoms.filter(Boolean),
    verify: core + after,
    wordAfter: after !== '',
    wordBefore,
    notBefore: variant.notBefore ?? '',
    compoundTail,
    anchorUnits: anchor.anchorUnits,
    anchorLetters: anchor.anchorLetters,
    anchorAtWordStart,
    ...headOf(unitWords, seps, !!eachWord, rule.prefix?.max ?? 0, caseInsensitive),
  };
}
