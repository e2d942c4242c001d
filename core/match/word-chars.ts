// Which characters belong to words in alphabetic scripts: a match of an alphabetic variant must not touch
// one on either side ("Uygur" is not inside "Uygurca" unless a suffix rule allows it). Plain ranges, no
// Unicode property escapes: these classes run on every candidate and must stay cheap in every engine.

/** Source of a regexp character class matching one word character (Latin, Greek, Cyrillic, Arabic...). */
export const WORD_CLASS =
  '[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0300-\\u036F' +
  '\\u0370-\\u03FF\\u0400-\\u052F\\u0531-\\u0587\\u05D0-\\u05EA\\u0610-\\u061A\\u0620-\\u0669' +
  '\\u066E-\\u06D3\\u06D5-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\u1E00-\\u1FFF\\uFB50-\\uFDFF\\uFE70-\\uFEFC]';

// The same ranges as WORD_CLASS, as a flat list of first and last codes, in ascending order.
const WORD_RANGES = Uint16Array.from(
  [...WORD_CLASS.slice(1, -1).matchAll(/(\\u[0-9A-F]{4}|[0-9A-Za-z])(?:-(\\u[0-9A-F]{4}|[0-9A-Za-z]))?/g)].flatMap(
    ([, a = '', b]) => [code(a), code(b ?? a)],
  ),
);

function code(unit: string): number {
  return unit.length === 1 ? unit.charCodeAt(0) : parseInt(unit.slice(2), 16);
}

/** True when `ch` (one UTF-16 unit) is a letter, digit or combining mark of an alphabetic script. It runs
 * for every candidate the finders report, hence the flat table and the ASCII fast path. */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  for (let i = 0; i < WORD_RANGES.length; i += 2) {
    if (c < WORD_RANGES[i]!) return false;
    if (c <= WORD_RANGES[i + 1]!) return true;
  }
  return false;
}

/** The code one UTF-16 unit compares as under a case-insensitive expression: ECMAScript's Canonicalize,
 * upper case when that is one unit, and never from outside ASCII into it (ı is not I). */
export function canonicalCode(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  const up = String.fromCharCode(c).toUpperCase();
  return up.length === 1 && up.charCodeAt(0) >= 128 ? up.charCodeAt(0) : c;
}

/** canonicalCode, with İ taken as I, since variants write i as [iİ]: two units that one `i`-flag literal
 * matches have the same key. */
export function foldCode(c: number): number {
  return c === 0x130 ? 73 : canonicalCode(c);
}

/** True for characters of scripts matched without spaces between words (Han, kana, Hangul). */
export function isCjkChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f);
}
