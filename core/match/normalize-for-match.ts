// Soft hyphens and zero-width characters sit inside words on real pages (Xin\u00ADjiang from hyphenation,
// U+200B from CMS line-break hints) and would split a match. They are removed before matching and the
// offsets mapped back, so highlights still cover the original text. Arabic tatweel (a stretch) and vowel
// marks (harakat, superscript alef; not the hamza and madda that decomposed letters carry) are optional in
// Arabic, Persian and Urdu writing and are removed too.

// Each mark is removed on its own, never as part of a letter: the class is meant unit by unit.
// eslint-disable-next-line no-misleading-character-class
export const IGNORABLE = /[\u00AD\u0640\u064B-\u0652\u0656-\u065F\u0670\u200B-\u200D\u2060\uFEFF]/;
// eslint-disable-next-line no-misleading-character-class
const IGNORABLE_ALL = /[\u00AD\u0640\u064B-\u0652\u0656-\u065F\u0670\u200B-\u200D\u2060\uFEFF]/g;

export interface NormalizedText {
  /** The text without ignorable characters. */
  readonly text: string;
  /** map[i] is the original offset of text[i]; map[text.length] is the original length. Null if unchanged. */
  readonly map: Uint32Array | null;
}

/** True when `text` holds a character that normalizeForMatch would remove (allocation-free). */
export function hasIgnorable(text: string): boolean {
  return IGNORABLE.test(text);
}

/** Removes soft hyphens and zero-width characters, with a map back to the original offsets. */
export function normalizeForMatch(text: string): NormalizedText {
  if (!IGNORABLE.test(text)) return { text, map: null };
  const stripped = text.replace(IGNORABLE_ALL, '');
  const map = new Uint32Array(stripped.length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    if (IGNORABLE.test(text[i]!)) continue;
    map[j++] = i;
  }
  map[j] = text.length;
  return { text: stripped, map };
}

/** Maps a [start, end) range of normalized text back to the original text. */
export function toOriginalRange(map: Uint32Array | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  // The end maps from the last included character, so ignorables after a match stay outside it.
  return [map[start]!, end > start ? map[end - 1]! + 1 : map[start]!];
}
