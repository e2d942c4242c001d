// Which of the topic's terms the article mentions, found with the same matcher the content script uses
// (core/match), with the same rule: weak terms count only where a strong one appears.
import { compileMatcher } from '../match/compile-terms.ts';
import { normalizeForMatch, toOriginalRange } from '../match/normalize-for-match.ts';
import type { MatchTerm } from '../match/types.ts';
import type { Span } from './types.ts';

export function termMentions(text: string, terms: readonly MatchTerm[]): Array<{ termId: string; span: Span }> {
  if (terms.length === 0 || text === '') return [];
  const matcher = compileMatcher(terms);
  const { text: normalized, map } = normalizeForMatch(text);
  const found = matcher.find(normalized);
  if (!found.some((m) => m.strength === 'strong')) return [];
  return found.map((m) => {
    const [start, end] = toOriginalRange(map, m.start, m.end);
    return { termId: m.termId, span: { start, end } };
  });
}
