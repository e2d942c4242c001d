// The anchor of a variant: a stretch every match contains, which the pre-check looks for in each text.
import { APOSTROPHES } from './letter-units.ts';

/** Anchor lengths in units: one rare word (short enough for the seam check between two text nodes), or
 * the opening of a phrase of common words. */
const WORD_ANCHOR_UNITS = 16;
const PHRASE_ANCHOR_UNITS = 24;

/**
 * The anchor: the longest rare word, whole (so "internment" does not pass "international"). A phrase of
 * common words only is anchored on its opening words with the separators between them, up to its last
 * space ("re-education", "education and training"): a phrase split across elements is usually split at
 * a space before its last word ("re-education <a>camps</a>"), and the pre-check sees one text node at a
 * time. Not where every word carries its own suffix (`eachWordInflected`). CJK words are short and
 * uninflected. `word`: the index of the word the anchor starts with; `common`: the words never chosen alone.
 */
export function anchorOf(
  unitWords: readonly { units: string[] }[],
  words: readonly string[][],
  seps: readonly string[],
  atoms: readonly string[],
  wordAt: readonly number[],
  eachWordInflected: boolean,
  cjk: boolean,
  common: ReadonlySet<string>,
): { anchorUnits: string[]; anchorLetters: string; word: number } {
  const rare = unitWords.filter((w, i) => w.units.length >= 4 && !common.has((words[i] ?? []).join('').toLowerCase()));
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
  if (!rare.length && !cjk && !eachWordInflected && unitWords.length > 1) {
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
