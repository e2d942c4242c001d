// The strong terms' pre-check on its own: what a page's sentinel runs to decide whether the scanner is
// needed at all (content/sentinel/). It passes every text on which the scanner's strong pre-check passes
// (matcher-from-plan.ts quickCheckStrong, with the scanner's second look at text holding ignorables), so a
// frame it rejects can never show a mention: weak terms show only beside a strong one (docs/relevance.md).
import { FOLDABLE, foldLetterForms } from './letter-forms.ts';
import { OTHER_SCRIPT } from './matcher-plan.ts';
import { IGNORABLE, hasIgnorable, normalizeForMatch } from './normalize-for-match.ts';

/** The strong anchors' expression sources, as MatcherPlan.strongAnchors holds them (flags i). */
export interface AnchorSources {
  readonly latin: string;
  readonly other: string;
}

/** Longest source accepted from a message: the shipped pack's strong anchors are about 2 KB. */
const MAX_SOURCE = 200_000;

/** Whether a value is a pair of anchor sources that compile (a message's data is checked before use). */
export function isAnchorSources(value: unknown): value is AnchorSources {
  const s = value as AnchorSources | null;
  if (!s || typeof s !== 'object' || typeof s.latin !== 'string' || typeof s.other !== 'string') return false;
  if (s.latin.length > MAX_SOURCE || s.other.length > MAX_SOURCE) return false;
  try {
    new RegExp(s.latin, 'i');
    new RegExp(s.other, 'i');
    return true;
  } catch {
    return false;
  }
}

/** Any character that asks for more than the Latin expression: a letter form to fold, an ignorable, another
 * script. Text without one (most of a Latin-script page) is read once by it and once by the Latin expression,
 * instead of by each of the steps below. */
const SPECIAL = new RegExp(`[${[FOLDABLE, IGNORABLE, OTHER_SCRIPT].map((c) => c.source.slice(1, -1)).join('')}]`);

/**
 * The check: letter forms folded as the matcher folds them, case ignored by the expressions' flag; text with
 * a soft hyphen or zero-width character is checked again without them (Xin\u00ADjiang).
 */
export function strongPreCheck(sources: AnchorSources): (text: string) => boolean {
  const latin = new RegExp(sources.latin, 'i');
  const other = new RegExp(sources.other, 'i');
  const test = (text: string) => latin.test(text) || (OTHER_SCRIPT.test(text) && other.test(text));
  return (raw) => {
    if (!SPECIAL.test(raw)) return latin.test(raw);
    const text = foldLetterForms(raw);
    return test(text) || (hasIgnorable(text) && test(normalizeForMatch(text).text));
  };
}
