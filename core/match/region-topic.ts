// What a region of a page is about: the camps, or only the place. A region that names Xinjiang or the
// Uyghurs is about detention when its text holds a detention word of the pack (`detentionWords`, per
// language: "detained", 拘押, معسكرات…). Only then do weak terms light there and the cards show the source's
// camps content; elsewhere place and people names get a neutral card (docs/relevance.md).
import { compileMatcher, planMatcher } from './plan-matcher.ts';
import { commonWordsOf } from './common-words.ts';
import type { MatcherPlan } from './matcher-plan.ts';
import type { Matcher, MatchTerm, MatchVariant } from './types.ts';

/** The pseudo-term the detention words are planned as: found, never highlighted. */
export const DETENTION_WORDS_ID = 'detention-words';

/** Past this much of a region's text a detention word is not looked for (a long page's body). */
export const TOPIC_TEXT_CAP = 100_000;

/** The detention words of every pack, as one term for the matcher (null when no pack lists any). */
export function detentionTerm(packs: readonly { readonly detentionWords?: readonly MatchVariant[] | undefined; readonly commonWords?: readonly string[] | undefined }[]): MatchTerm | null {
  const variants = packs.flatMap((p) => p.detentionWords ?? []);
  return variants.length ? { id: DETENTION_WORDS_ID, strength: 'strong', caseSensitive: false, variants } : null;
}

/** The plan of the detention-word matcher that the background hands each page with the terms' plan. */
export function planDetention(packs: Parameters<typeof detentionTerm>[0]): MatcherPlan | null {
  const term = detentionTerm(packs);
  return term ? planMatcher([term], commonWordsOf(packs)) : null;
}

/** Compiles the detention words for texts judged in Node (tests, extraction). */
export function detentionMatcher(packs: Parameters<typeof detentionTerm>[0]): Matcher | null {
  const term = detentionTerm(packs);
  return term ? compileMatcher([term], commonWordsOf(packs)) : null;
}

/** Whether a text (a region's, already normalised as the scanner does) speaks of detention. Without a
 * matcher (no pack lists detention words) every text does: the rule before issue 22. */
export function speaksOfDetention(text: string, words: Matcher | null): boolean {
  if (!words) return true;
  const capped = text.length > TOPIC_TEXT_CAP ? text.slice(0, TOPIC_TEXT_CAP) : text;
  return words.quickCheck(capped) && words.find(capped).length > 0;
}
