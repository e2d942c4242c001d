// What a region of a page is about: the camps, something else that shares a name, or only the place. A
// region that names Xinjiang or the Uyghurs is about detention when its text holds a detention word of the
// pack (`detentionWords`, per language: "detained", 拘押, معسكرات…). Only then do weak terms light there and
// the cards show the source's camps content. A region that is not, and holds one of the terms' exclusions
// (the Uyghur Khaganate, Old Uyghur, Mahmud al-Kashgari, a college's training centre), is about that other
// sense: its place and people names stay dark too. Elsewhere they get a neutral card (docs/relevance.md).
import { compileMatcher, planMatcher } from './plan-matcher.ts';
import { commonWordsOf } from './common-words.ts';
import type { MatcherPlan } from './matcher-plan.ts';
import type { Matcher, MatchTerm, MatchVariant } from './types.ts';

/** The pseudo-term the detention words are planned as: found, never highlighted. */
export const DETENTION_WORDS_ID = 'detention-words';

/** The pseudo-term every term's exclusions are planned as, beside the detention words: found, never shown. */
export const OTHER_SENSE_ID = 'other-sense';

/** What a region is about (see above). */
export type RegionSense = 'detention' | 'other' | 'place';

/** Past this much of a region's text a detention word is not looked for (a long page's body). */
export const TOPIC_TEXT_CAP = 100_000;

type TopicPack = {
  readonly detentionWords?: readonly MatchVariant[] | undefined;
  readonly commonWords?: readonly string[] | undefined;
  readonly terms?: readonly Pick<MatchTerm, 'exclusions'>[] | undefined;
};

/** The detention words of every pack, as one term for the matcher (null when no pack lists any). */
export function detentionTerm(packs: readonly TopicPack[]): MatchTerm | null {
  const variants = packs.flatMap((p) => p.detentionWords ?? []);
  return variants.length ? { id: DETENTION_WORDS_ID, strength: 'strong', caseSensitive: false, variants } : null;
}

/** Every term's exclusions, as one term (null when there are none): phrases that name something else. */
export function otherSenseTerm(packs: readonly TopicPack[]): MatchTerm | null {
  const variants = packs.flatMap((p) => (p.terms ?? []).flatMap((t) => t.exclusions ?? [])).map((e) => ({ text: e.text, inflection: e.inflection }));
  return variants.length ? { id: OTHER_SENSE_ID, strength: 'strong', caseSensitive: false, variants } : null;
}

/** The region words: detention words and other senses, when the packs list detention words at all. */
function topicTerms(packs: readonly TopicPack[]): MatchTerm[] | null {
  const detention = detentionTerm(packs);
  if (!detention) return null;
  const other = otherSenseTerm(packs);
  return other ? [detention, other] : [detention];
}

/** The plan of the region-word matcher that the background hands each page with the terms' plan. */
export function planDetention(packs: readonly TopicPack[]): MatcherPlan | null {
  const terms = topicTerms(packs);
  return terms ? planMatcher(terms, commonWordsOf(packs)) : null;
}

/** Compiles the region words for texts judged in Node (tests, extraction). */
export function detentionMatcher(packs: readonly TopicPack[]): Matcher | null {
  const terms = topicTerms(packs);
  return terms ? compileMatcher(terms, commonWordsOf(packs)) : null;
}

/** What a text (a region's, already normalised as the scanner does) is about. Without a matcher (no pack
 * lists detention words) every text speaks of detention: the rule before issue 22. */
export function regionSense(text: string, words: Matcher | null): RegionSense {
  if (!words) return 'detention';
  const capped = text.length > TOPIC_TEXT_CAP ? text.slice(0, TOPIC_TEXT_CAP) : text;
  if (!words.quickCheck(capped)) return 'place';
  const found = words.find(capped);
  if (found.some((m) => m.termId === DETENTION_WORDS_ID)) return 'detention';
  return found.some((m) => m.termId === OTHER_SENSE_ID) ? 'other' : 'place';
}

/** Whether a text (a region's, already normalised as the scanner does) speaks of detention. */
export function speaksOfDetention(text: string, words: Matcher | null): boolean {
  return regionSense(text, words) === 'detention';
}
