// Turns one term variant into regular-expression source. The text is never folded: case-insensitivity comes
// from the `i` flag, and each unit that has more than one spelling in real text is written as an
// alternation, so every match is an offset into the original string (decomposed ï, Turkish İ, typographic
// apostrophes, hyphen/space/line-break variants).
import type { Inflection, MatchVariant } from './types.ts';
import { WORD_CLASS, isCjkChar, isWordChar } from './word-chars.ts';

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

// Words of phrases that appear on countless unrelated pages: a poor anchor for the quick pre-check.
const COMMON_WORDS = new Set([
  'people', 'ethnic', 'muslim', 'autonomous', 'region', 'prefecture', 'education', 'training', 'centre', 'center',
  'camp', 'camps', 'career', 'development', 'program', 'and', 'the', 'on', 'of', 'de', 'di', 'y', 'e', 'et',
]);

// Units of a variant's start that make up its finder lead: enough to be selective, few enough that the
// combined finder stays small. Its size, not its flags, is what V8 pays for at the first exec (issue 8).
const LEAD_UNITS = 6;

export interface VariantPattern {
  /** Pattern without boundary assertions. */
  readonly core: string;
  /** A prefix of `core` (its first units, with any separators and affixes between them), for the finder. */
  readonly lead: string;
  /** `core` with the assertion after it, to verify a candidate position (sticky). */
  readonly verify: string;
  /** True when the character before a match must not be a word character (checked in code, not as a
   * lookbehind: each verifier is compiled at its first use, and the word class doubled its size). */
  readonly wordBefore: boolean;
  /** Characters that must not directly precede a match when `wordBefore` is false (CJK: 更新疆界). */
  readonly notBefore: string;
  /** True when the variant may also end a German compound (Zwangsumerziehungslager). */
  readonly compoundTail: boolean;
  /** A literal stretch every match contains (a word's first units), for the quick pre-check. */
  readonly anchor: string;
  /** The units `anchor` is made of, so anchors can be compared unit by unit. */
  readonly anchorUnits: readonly string[];
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
    return { units, isLast: i === words.length - 1, stemmed: letters !== w };
  });
  const first = words[0]?.[0] ?? '';
  const last = words[words.length - 1]?.at(-1) ?? '';
  const notAfter = variant.notAfter ? `(?![${[...variant.notAfter].map(esc).join('')}])` : '';
  let core = inflection === 'ar' ? AR_PREFIX : '';
  let lead = '';
  let leadUnits = 0;
  unitWords.forEach((w, i) => {
    if (i > 0) {
      const sep = seps[i - 1];
      core += sep === ' ' ? `${SEP_CLASS}{1,3}` : sep === '-' ? `${SEP_CLASS}{0,3}` : DOT_UNIT;
    }
    for (const unit of w.units) {
      core += unit;
      if (leadUnits < LEAD_UNITS && ++leadUnits === LEAD_UNITS) lead = core;
    }
    if (inflection === 'ru' && /[а-яё]/i.test(words[i]?.at(-1) ?? '')) core += suffixFor('ru', '');
    if (w.isLast) core += notAfter + (inflection === 'ru' ? '' : suffixFor(inflection, last));
  });
  const after = isWordChar(last) ? `(?!${WORD_CLASS})` : '';
  // The anchor comes from the word least likely to occur elsewhere: the longest that is not a common word.
  const rare = unitWords.filter(
    (w, i) => w.units.length >= 4 && !COMMON_WORDS.has((words[i] ?? []).join('').toLowerCase()),
  );
  const longest = (rare.length ? rare : unitWords).reduce((a, b) => (b.units.length > a.units.length ? b : a));
  // CJK words are short and have no inflection: the whole word is the anchor.
  const anchorLength = isCjkChar(first) ? longest.units.length : 6;
  const anchorUnits = longest.units.slice(0, anchorLength);
  // A variant shorter than the lead budget is its own lead.
  return {
    core,
    lead: leadUnits < LEAD_UNITS ? core : lead,
    verify: core + after,
    wordBefore: isWordChar(first),
    notBefore: variant.notBefore ?? '',
    compoundTail: inflection === 'de' && /[a-zäöü]/i.test(first),
    anchor: anchorUnits.join(''),
    anchorUnits,
  };
}
