// The matcher plan: what the background hands each page so the page never plans (plan-matcher.ts builds
// it, matcher-from-plan.ts runs it), and the few definitions both sides must agree on.
import type { Matcher, Mention, Strength } from './types.ts';
import { canonicalCode } from './word-chars.ts';

/** One variant's verifier, as data (see MatcherPlan). */
export interface VerifierPlan {
  /** The variant's pattern without the check after it (sticky). */
  readonly core: string;
  readonly flags: string;
  /** Whether the variant must not run into a word character; if so, and the check after a match fails, the
   * full pattern (`core` with `(?!WORD_CLASS)` after it, as variantPattern's `verify`) is compiled and run.
   * Not kept in the plan: the word class, in every verifier, was half of the plan sent to each page. */
  readonly wordAfter: boolean;
  readonly wordBefore: boolean;
  readonly notBefore: string;
  readonly compoundTail: boolean;
  /** The literal opening of every match (variantPattern's head), compared before `core` is run, and how
   * many characters may come before it. */
  readonly head: string;
  readonly headSlack: number;
  readonly termId: string;
  readonly strength: Strength;
  /** An exclusion (a phrase naming something else): where it is the longest match, nothing is found. */
  readonly exclude?: boolean;
}

/** The value a verifier's field has when the plan leaves it out. */
const VERIFIER_DEFAULTS = {
  flags: 'iy',
  wordAfter: false,
  wordBefore: false,
  notBefore: '',
  compoundTail: false,
  head: '',
  headSlack: 0,
  strength: 'strong',
} as const satisfies Partial<VerifierPlan>;

type Defaulted = keyof typeof VERIFIER_DEFAULTS;

/** A verifier as the plan holds it: the fields at their default are left out. Field names and defaults were
 * over half of the plan sent to each page with a topic mention (docs/languages.md, what it costs). */
export type SentVerifier = Omit<VerifierPlan, Defaulted> & Partial<Pick<VerifierPlan, Defaulted>>;

/** The plan's form of a verifier. */
export function sentVerifier(v: VerifierPlan): SentVerifier {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) {
    if (value !== undefined && VERIFIER_DEFAULTS[key as Defaulted] !== value) out[key] = value;
  }
  return out as unknown as SentVerifier;
}

/** A verifier of the plan with every field, the defaults filled in. */
export function fullVerifier(v: SentVerifier): VerifierPlan {
  return { ...VERIFIER_DEFAULTS, ...v };
}

/**
 * Everything the matcher needs, as plain data: expression sources, verifiers, buckets. Building it is the
 * costly part (every variant's pattern, the tries): the background builds it once per set of packs and
 * hands it to each page, which only turns it into a matcher: building it in each page would cost more than
 * the whole scan of most pages (docs/benchmark.md).
 */
export interface MatcherPlan {
  readonly version: 1;
  readonly verifiers: readonly SentVerifier[];
  /** Verifier indices by the key of their first character (caseKey). */
  readonly byFirst: readonly (readonly [string, readonly number[]])[];
  /** Verifiers that may start with any character. */
  readonly anywhere: readonly number[];
  /** Finder sources: Latin terms and other-script terms (flags gi), names (flags g). */
  readonly finders: readonly [string, string, string];
  /** Pre-check sources (flags i) over every variant's anchor, and over the strong variants' only. */
  readonly anchors: { readonly latin: string; readonly other: string };
  readonly strongAnchors: { readonly latin: string; readonly other: string };
}

/** A Matcher with a second pre-check for strong variants only: weak terms count only on a page that
 * has a strong one, so a page without one can skip the weak part. */
export interface ScanMatcher extends Matcher {
  /** Cheap necessary condition: false means `find` would return no strong mention. */
  quickCheckStrong(text: string): boolean;
  /** `find`, stopping before an expression's first runs (they compile it) once `due()` says time is up; at
   * least one such run per call, so calls again make progress. Null when it stopped: call again later. */
  findWithin(text: string, due: () => boolean): readonly Mention[] | null;
  /** Expressions run at least once so far (tests count them per slice). */
  readonly compiled: number;
  /** Exclusions (a name in another sense: the Uyghur Khaganate) found so far: only a page that has one needs
   * its regions judged for another sense (core/match/region-topic.ts). */
  readonly exclusionsSeen: number;
}

// Any character of a non-Latin script (general punctuation such as ’ excluded). It decides which anchor
// expression an anchor holding one goes to, which finder a variant opening with one goes to, and so which
// texts can skip that finder (see find).
// Combining marks (U+0300-036F, U+1AB0-1AFF, U+1DC0-1DFF) go with Latin, as in decomposed ï.
// The rule below misreads escaped range ends as combined characters; these are plain code-point ranges.
// eslint-disable-next-line no-misleading-character-class
export const OTHER_SCRIPT = /[\u0250-\u02FF\u0370-\u1AAF\u1B00-\u1DBF\u1F00-\u1FFF\u2070-\uFFFF]/;
/** Finders: Latin terms, other-script terms, names (case-sensitive); see compileMatcher. */
export const FINDER_COUNT = 3;

/** Case-insensitive key of one character, as the `i` flag compares it (upper case when that is one unit). */
export function caseKey(ch: string): string {
  return ch.length === 1 ? String.fromCharCode(canonicalCode(ch.charCodeAt(0))) : ch;
}

/** Whether a value has a MatcherPlan's shape (a plan comes from the background, as a message). */
export function isMatcherPlan(value: unknown): value is MatcherPlan {
  const p = value as MatcherPlan | null;
  const sources = (o: unknown) => !!o && typeof (o as { latin?: unknown }).latin === 'string' && typeof (o as { other?: unknown }).other === 'string';
  return (
    !!p && typeof p === 'object' && p.version === 1 && Array.isArray(p.verifiers) && Array.isArray(p.byFirst) && Array.isArray(p.anywhere) &&
    Array.isArray(p.finders) && p.finders.length === FINDER_COUNT && p.finders.every((f) => typeof f === 'string') &&
    sources(p.anchors) && sources(p.strongAnchors) &&
    p.verifiers.every((v) => !!v && typeof v.core === 'string' && typeof v.termId === 'string' && isVerifierField(v.head, 'string') &&
      (v.headSlack === undefined || (Number.isInteger(v.headSlack) && v.headSlack >= 0)) && isVerifierField(v.wordAfter, 'boolean') &&
      isVerifierField(v.wordBefore, 'boolean') && isVerifierField(v.compoundTail, 'boolean') && isVerifierField(v.flags, 'string') &&
      isVerifierField(v.notBefore, 'string'))
  );
}

/** A field the plan may leave out (its default then applies), or one of the given type. */
function isVerifierField(value: unknown, type: 'string' | 'boolean'): boolean {
  return value === undefined || typeof value === type;
}
