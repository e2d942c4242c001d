// The spellings a variant's letters and separators have in running text, as regular-expression source:
// the text is never folded, so every match is an offset into the original string.

/** Characters that may separate the words of a phrase: spaces, line breaks, no-break space, hyphens. */
export const SEP_CLASS = '[\\s\\u2010\\u2011\\u2012\\u2013-]';
// The Hebrew geresh (׳) writes the same mark in Hebrew: שינג׳יאנג beside שינג'יאנג.
export const APOSTROPHES = "'’ʼ‘`´\u05F3";
export const APOS_CLASS = "['’ʼ‘`´\u05F3]";
const HYPHENS = '-\u2010\u2011';
// Interpuncts between the parts of a transcribed name (雪克来提·扎克尔, 雪克來提‧扎克爾, ジェレミー・ハント).
const INTERPUNCTS = '·‧・･•';
export const DOT_UNIT = '[·‧・･•\\u00B7\\s]{0,2}';
const ALEFS = 'أإآا';

/** Escapes one character for use inside a regular expression. */
export function esc(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** The pattern for one letter: its spellings in running text (precomposed or decomposed; İ for i). */
export function letterUnit(ch: string, caseInsensitive: boolean): string {
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
export function splitWords(text: string): { words: string[][]; seps: string[] } {
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
