/** Answers a card's `termContent`: what each enabled source says about its term, built here so that pages
 * hold only the matcher's plan and never the sources themselves. */
import { matcherFromPlan } from '../core/match/matcher-from-plan';
import { termContent, type FindMentions, type TermContent } from '../core/pack/term-content';
import { enabledPacks } from './enabled-packs';
import type { TermRef } from '../core/pack/term-key';
import { getMatcherPlan, onPacksChanged } from './packs';

let finder: Promise<FindMentions> | null = null;
// A new pack list brings a new plan.
onPacksChanged(() => void (finder = null));

/** The same matcher as the pages', so a reader's quotation counts as mentioning a term exactly when a page would. */
export function mentionFinder(): Promise<FindMentions> {
  finder ??= getMatcherPlan().then((plan) => {
    const matcher = matcherFromPlan(plan);
    return (text: string) => matcher.find(text);
  });
  return finder;
}

/** The card's content for a term from the enabled sources; null when no source defines the term. */
export async function contentForTerm(term: TermRef): Promise<TermContent | null> {
  const [sources, find] = await Promise.all([enabledPacks(), mentionFinder()]);
  return termContent(term, sources, find);
}
