// Letters writers interchange for one another: Persian and Urdu ی and ک for Arabic ي and ك, alef maksura
// ى for ي, ة written as ه, alef wasla ٱ, Uzbek ʻ for ‘ (Uygʻur, Uyg‘ur), Turkish dotless ı (its upper case I is
// ASCII, so a case-insensitive expression never pairs them), and Romanian ș ț with a comma below, which many
// sites still write with a cedilla (deținuți, deţinuţi; folded to the cedilla forms, which Turkish uses). Each is
// folded one unit for one unit, in the variants when the matcher is planned and in the page text when it is
// matched, so every offset stays an offset into the original text.

const FOLD: Readonly<Record<string, string>> = {
  '\u06CC': '\u064A', // ی Persian yeh
  '\u0649': '\u064A', // ى alef maksura
  '\u06A9': '\u0643', // ک keheh
  '\u0629': '\u0647', // ة teh marbuta
  '\u0671': '\u0627', // ٱ alef wasla
  '\u0131': 'i', // ı dotless i
  '\u02BB': '\u2018', // ʻ modifier letter turned comma, Uzbek's official oʻ and gʻ
  '\u0218': '\u015E', // Ș comma below
  '\u0219': '\u015F', // ș
  '\u021A': '\u0162', // Ț
  '\u021B': '\u0163', // ț
};
export const FOLDABLE = /[\u06CC\u0649\u06A9\u0629\u0671\u0131\u02BB\u0218-\u021B]/;
const FOLDABLE_ALL = /[\u06CC\u0649\u06A9\u0629\u0671\u0131\u02BB\u0218-\u021B]/g;

/** `text` with interchangeable letter forms folded to one, unit for unit (same length, same offsets). */
export function foldLetterForms(text: string): string {
  return FOLDABLE.test(text) ? text.replace(FOLDABLE_ALL, (c) => FOLD[c] ?? c) : text;
}
