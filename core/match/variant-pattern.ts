// Turns one term variant into regular-expression source. The text is never folded: case-insensitivity comes
// from the `i` flag, and each unit that has more than one spelling in real text is written as an
// alternation, so every match is an offset into the original string (decomposed ï, Turkish İ, typographic
// apostrophes, hyphen/space/line-break variants).
import type { Inflection, MatchVariant } from './types.ts';
import { COMMON_WORDS } from './common-words.ts';
import { WORD_CLASS, foldCode, isCjkChar, isWordChar } from './word-chars.ts';

/** Characters that may separate the words of a phrase: spaces, line breaks, no-break space, hyphens. */
export const SEP_CLASS = '[\\s\\u2010\\u2011\\u2012\\u2013-]';
const APOSTROPHES = "'’ʼ‘`´";
const APOS_CLASS = "['’ʼ‘`´]";
const HYPHENS = '-\u2010\u2011';
// Interpuncts between the parts of a transcribed name (雪克来提·扎克尔, 雪克來提‧扎克爾, ジェレミー・ハント).
const INTERPUNCTS = '·‧・･•';
const DOT_UNIT = '[·‧・･•\\u00B7\\s]{0,2}';
const ALEFS = 'أإآا';

/** Escapes one character for use inside a regular expression. */
function esc(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** The pattern for one letter: its spellings in running text (precomposed or decomposed; İ for i). */
function letterUnit(ch: string, caseInsensitive: boolean): string {
  if (ALEFS.includes(ch)) return `[${ALEFS}]`;
  if (caseInsensitive && (ch === 'i' || ch === 'I' || ch === 'İ')) return '[iİ]';
  // ASCII and Latin-1 up to ¿, and the unified CJK ideographs, have no decomposition: skip normalize(),
  // which made up half of compiling the pack on every page load.
  const c = ch.charCodeAt(0);
  if (c < 0xc0 || (c >= 0x3400 && c <= 0x9fff)) return esc(ch);
  const nfc = ch.normalize('NFC');
  const nfd = ch.normalize('NFD');
  if (nfd !== nfc) return `(?:${[...nfc].map(esc).join('')}|${[...nfd].map(esc).join('')})`;
  return esc(ch);
}

/** Splits a variant into words and the separators between them (' ', '-' or an interpunct). */
function splitWords(text: string): { words: string[][]; seps: string[] } {
  const words: string[][] = [[]];
  const seps: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const kind = ch === ' ' ? ' ' : HYPHENS.includes(ch) ? '-' : INTERPUNCTS.includes(ch) ? '·' : '';
    if (kind) {
      seps.push(kind);
      words.push([]);
    } else {
      words[words.length - 1]!.push(ch);
    }
  }
  return { words, seps };
}

const RU_ENDING = /[аеёиоуыьэюяй]{1,2}$/i;

function suffixClass(lastChar: string): string {
  const c = lastChar.charCodeAt(0);
  if (c >= 0x0400 && c <= 0x052f) return '[а-яёәөүҗңһғқ]';
  if (c >= 0x0600 && c <= 0x06ff) return '[\\u0621-\\u064A\\u0674-\\u06D5]';
  return '[a-zçğıöşüâîûäëéİ]';
}

// Suffix rules, applied to the last word (Russian: to every word). Generous on purpose: the boundary
// check after the suffix still forbids running into an unrelated longer word.
function suffixFor(inflection: Inflection, lastChar: string): string {
  switch (inflection) {
    case 'en':
      return `(?:e?s)?(?:${APOS_CLASS}s?)?`; // Uyghurs, Uyghur's, Uyghurs’, centres
    case 'ru':
      return '[а-яё]{0,5}'; // уйгуров, Синьцзяне, лагерях (after the citation ending is cut)
    case 'tr':
      return `(?:${APOS_CLASS}?${suffixClass(lastChar)}{1,12})?`; // Sincan'da, Uygurların, ئۇيغۇرلار
    case 'de':
      // Uiguren, uigurische, Uigurenlager, Xinjiangpolitik; names shared with English keep their possessive.
      return `[a-zäöüß]{0,24}(?:${APOS_CLASS}s)?`;
    case 'ar':
      return '(?:يين|يون|يات|ية|ي)?'; // nisba and plural endings: الإيغوريين
    case 'none':
      return '';
  }
}

// و ف (and, so) then ب ك ل (with, like, for) and the article ال; ل + ال is written لل.
const AR_PREFIX = '(?:[وف]?(?:[بك]?ال|لل|[بلك])?)';

// Units of a variant's start that make up its finder lead: enough to be selective, few enough that the
// combined finder stays small. Its size, not its flags, is what V8 pays for at the first exec.
const LEAD_UNITS = 6;
/** Anchor lengths in units: one rare word (short enough for the seam check between two text nodes), or
 * the opening of a phrase of common words. */
const WORD_ANCHOR_UNITS = 16;
const PHRASE_ANCHOR_UNITS = 24;

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

/** At most this many letters in a head: enough to tell apart the variants that share their opening. */
const HEAD_LETTERS = 14;
/** Codes that stand, in a head, for the separators between two words: 1 to 3 characters of SEP_CLASS, or
 * 0 to 3 (hyphen). No letter of a head is below 32. */
export const HEAD_SPACE = 0;
export const HEAD_HYPHEN = 1;
/** Characters an Arabic prefix (AR_PREFIX) can put before a variant: a head may start up to this late. */
const AR_PREFIX_MAX = 4;

/**
 * The literal opening of every match: the leading letters of its words while each is written as one
 * character (or as [iİ]), folded as the `i` flag compares them, with the separators between words as
 * HEAD_SPACE or HEAD_HYPHEN. Most candidates the finders report fail every verifier of their bucket
 * ("camps of", "vocational school"); comparing this first spares compiling and running each one.
 * `headSlack`: how many characters (an
 * Arabic prefix) may come before it.
 */
function headOf(
  unitWords: readonly { readonly letters: readonly string[]; readonly stemmed: boolean }[],
  seps: readonly string[],
  inflection: Inflection,
  caseInsensitive: boolean,
): { head: string; headSlack: number } {
  const codes: number[] = [];
  let letters = 0;
  words: for (const [i, word] of unitWords.entries()) {
    if (i > 0) {
      // Words after a suffix (Russian: every word has one), or after an interpunct, are not literal.
      // An empty word is two separators in a row ("Bildungs- und"): the head stops before them.
      if (inflection === 'ru' || !word.letters.length || (seps[i - 1] !== ' ' && seps[i - 1] !== '-')) break;
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
  return { head: String.fromCharCode(...codes), headSlack: inflection === 'ar' ? AR_PREFIX_MAX : 0 };
}

/** Builds the finder, verifier and anchor patterns of one variant. */
export function variantPattern(variant: MatchVariant, caseInsensitive: boolean): VariantPattern {
  const inflection = variant.inflection ?? 'none';
  const { words, seps } = splitWords(variant.text);
  const unitWords = words.map((w, i) => {
    let letters = w;
    if (inflection === 'ru' && /[а-яё]$/i.test(w.join(''))) {
      const cut = RU_ENDING.exec(w.join(''));
      if (cut && w.length - cut[0].length >= 3) letters = w.slice(0, w.length - cut[0].length);
    }
    const units = letters.map((ch) => (APOSTROPHES.includes(ch) ? APOS_CLASS : letterUnit(ch, caseInsensitive)));
    return { letters, units, isLast: i === words.length - 1, stemmed: letters !== w };
  });
  const first = words[0]?.[0] ?? '';
  const last = words[words.length - 1]?.at(-1) ?? '';
  const notAfter = variant.notAfter ? `(?![${[...variant.notAfter].map(esc).join('')}])` : '';
  // The pattern as atoms; `wordAt[i]` is the index in `atoms` where word i starts.
  const atoms: string[] = inflection === 'ar' ? [AR_PREFIX] : [];
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
    if (inflection === 'ru' && /[а-яё]/i.test(words[i]?.at(-1) ?? '')) atoms.push(suffixFor('ru', ''));
    if (w.isLast) {
      if (notAfter) atoms.push(notAfter);
      if (inflection !== 'ru') atoms.push(suffixFor(inflection, last));
    }
  });
  const core = atoms.join('');
  const after = isWordChar(last) ? `(?!${WORD_CLASS})` : '';
  const wordBefore = isWordChar(first);
  const compoundTail = inflection === 'de' && /[a-zäöü]/i.test(first);
  const anchor = anchorOf(unitWords, words, seps, atoms, wordAt, inflection, isCjkChar(first));
  // Word 0 opens the match (an Arabic prefix may come first); a later word follows its separator, which
  // is at least one space only after a space.
  const anchorAtWordStart = anchor.word === 0 ? wordBefore && !compoundTail && inflection !== 'ar' : seps[anchor.word - 1] === ' ';
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
    ...headOf(unitWords, seps, inflection, caseInsensitive),
  };
}

/**
 * The anchor: the longest rare word, whole (so "internment" does not pass "international"). A phrase of
 * common words only is anchored on its opening words with the separators between them, up to its last
 * space ("re-education", "education and training"): a phrase split across elements is usually split at
 * a space before its last word ("re-education <a>camps</a>"), and the pre-check sees one text node at a
 * time. Not where every word carries its own suffix (Russian). CJK words are short and uninflected.
 */
function anchorOf(
  unitWords: readonly { units: string[] }[],
  words: readonly string[][],
  seps: readonly string[],
  atoms: readonly string[],
  wordAt: readonly number[],
  inflection: Inflection,
  cjk: boolean,
): { anchorUnits: string[]; anchorLetters: string; word: number } {
  const rare = unitWords.filter((w, i) => w.units.length >= 4 && !COMMON_WORDS.has((words[i] ?? []).join('').toLowerCase()));
  const longest = (rare.length ? rare : unitWords).reduce((a, b) => (b.units.length > a.units.length ? b : a));
  let anchorUnits = longest.units.slice(0, cjk ? undefined : WORD_ANCHOR_UNITS);
  let word = unitWords.indexOf(longest);
  let from = words[word] ?? [];
  // A word after a hyphen or an interpunct, which may be left out ("reedukasi"), can start inside a word:
  // the anchor then opens with its hyphenated group, so that it starts a word (see anchorAtWordStart).
  let group = word;
  while (!cjk && group > 0 && seps[group - 1] !== ' ') group--;
  if (group < word) {
    anchorUnits = [...atoms.slice(wordAt[group], wordAt[word]), ...anchorUnits].slice(0, PHRASE_ANCHOR_UNITS);
    from = words.slice(group, word + 1).flat();
    word = group;
  }
  if (!rare.length && !cjk && inflection !== 'ru' && unitWords.length > 1) {
    // The words before the last space, when there are two or more; all the words when no space joins them.
    const space = seps.lastIndexOf(' ');
    const end = space < 0 ? unitWords.length : space + 1;
    if (end > 1) {
      const upTo = end < unitWords.length ? wordAt[end]! - 1 : wordAt[end - 1]!;
      anchorUnits = [...atoms.slice(wordAt[0], upTo), ...(end < unitWords.length ? [] : unitWords[end - 1]!.units)].slice(0, PHRASE_ANCHOR_UNITS);
      from = words.slice(0, end).flat();
      word = 0;
    }
  }
  const anchorLetters = from.filter((ch) => !APOSTROPHES.includes(ch)).join('');
  return { anchorUnits, anchorLetters, word };
}
