// Compiles a pack's terms once into a matcher. Scanning a text node costs one anchor test (quickCheck);
// only nodes that pass run the finder expressions, and only finder hits run the per-variant verifiers.
import type { MatchTerm, Matcher, Mention, Strength } from './types.ts';
import { hasIgnorable } from './normalize-for-match.ts';
import { HEAD_HYPHEN, HEAD_SPACE, SEP_CLASS, variantPattern } from './variant-pattern.ts';
import { WORD_CLASS, canonicalCode, foldCode, isWordChar } from './word-chars.ts';

/** One variant's verifier, as data (see MatcherPlan). */
interface VerifierPlan {
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
}

/** A verifier in use: its expressions are compiled at their first use (most pages never need most). */
interface Verifier extends VerifierPlan {
  /** Whether its flags ignore case (read once, not per candidate). */
  readonly ci: boolean;
  re?: RegExp;
  full?: RegExp;
}

/**
 * Everything the matcher needs, as plain data: expression sources, verifiers, buckets. Building it is the
 * costly part (every variant's pattern, the tries): the background builds it once per set of packs and
 * hands it to each page, which only turns it into a matcher: building it in each page would cost more than
 * the whole scan of most pages (docs/benchmark.md).
 */
export interface MatcherPlan {
  readonly version: 1;
  readonly verifiers: readonly VerifierPlan[];
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

const EMPTY: readonly Mention[] = Object.freeze([]);
// A German compound joins its parts in lower case: a lower-case letter before a lower-case start.
const COMPOUND_JOIN = /[a-zäöüß]/;
const COMPOUND_LETTER = /[A-Za-zÄÖÜäöüß]/;
// Any character of a non-Latin script (general punctuation such as ’ excluded). It decides which anchor
// expression an anchor holding one goes to, which finder a variant opening with one goes to, and so which
// texts can skip that finder (see find).
// Combining marks (U+0300-036F, U+1AB0-1AFF, U+1DC0-1DFF) go with Latin, as in decomposed ï.
// The rule below misreads escaped range ends as combined characters; these are plain code-point ranges.
// eslint-disable-next-line no-misleading-character-class
const OTHER_SCRIPT = /[\u0250-\u02FF\u0370-\u1AAF\u1B00-\u1DBF\u1F00-\u1FFF\u2070-\uFFFF]/;
// The same, with the soft hyphen and zero-width characters (normalize-for-match.ts): one scan gates both
// the other-script anchors and the "ignorable inside a word" case.
// eslint-disable-next-line no-misleading-character-class
const GATE = /[\u00AD\u0250-\u02FF\u0370-\u1AAF\u1B00-\u1DBF\u1F00-\u1FFF\u200B-\u200D\u2060\u2070-\uFFFF]/;
/** Finders: Latin terms, other-script terms, names (case-sensitive); see compileMatcher. */
const FINDER_COUNT = 3;

/**
 * One anchor expression per script, case-insensitive, factored into a trie. Measured in Chromium against a
 * JavaScript loop over the characters with a trigram table (the expression engine was faster) and against
 * a flat alternation (the trie was about 1.5 times faster: V8 tries fewer alternatives per position).
 * True also for text with a soft hyphen or zero-width character, which the caller removes and checks again.
 */
function quickChecker(sources: { readonly latin: string; readonly other: string }): (text: string) => boolean {
  const quickLatin = new RegExp(sources.latin, 'i');
  const quickOther = new RegExp(sources.other, 'i');
  // The other-script expression is slow on Latin text, so a one-class scan gates it; one expression of both
  // is slower still, as V8 then loses its look-ahead over the anchors.
  return (text) => quickLatin.test(text) || (GATE.test(text) && (quickOther.test(text) || hasIgnorable(text)));
}

interface TrieNode {
  /** The unit as written (its first spelling, when several fold to one key). */
  unit: string;
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The source of one expression matching wherever any of the unit sequences matches, with shared prefixes
 * factored out ("U(?:yghur|ygur)"). A sequence that extends another adds nothing: where it matches, so does
 * the shorter. For the `i` flag (`fold`), one-character units are keyed by case (caseKey), as the engine
 * compares them.
 */
function trie(sequences: readonly (readonly string[])[], fold: boolean): string {
  const root: TrieNode = { unit: '', end: false, next: new Map() };
  for (const units of sequences) {
    if (!units.length) continue;
    let node = root;
    for (const unit of units) {
      const key = fold && unit.length === 1 ? caseKey(unit) : unit;
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { unit, end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next.values()].map((child) => child.unit + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return root.next.size ? emit(root) : '(?!)';
}

/**
 * The anchors of one pre-check, by script. A Latin anchor that always starts a word and opens with an
 * ASCII letter is looked for only where a word starts: `\b` (or an underscore, which is no word character
 * to the matcher but is one to `\b`) before it. Fewer texts pass ("imprisonment" no longer does, so it is
 * not matched again), and text-heavy pages scan faster (docs/benchmark.md, the pre-check).
 * `[iİ]` opening such an anchor is split: İ is no ASCII letter, and `\b` before it would hold only after a
 * word character.
 */
class AnchorSets {
  /** `byWordStart`: whether to split the Latin anchors so. Not for the strong terms' anchors: they open
   * with few letters, the German ones (compound tails) are tried everywhere anyway, and the split
   * expression is slower there. */
  constructor(private readonly byWordStart: boolean) {}

  private readonly atWordStart: (readonly string[])[] = [];
  private readonly latin: (readonly string[])[] = [];
  private readonly other: (readonly string[])[] = [];

  add(p: { readonly anchorUnits: readonly string[]; readonly anchorAtWordStart: boolean }, otherScript: boolean): void {
    const units = p.anchorUnits;
    if (otherScript) this.other.push(units);
    else if (!this.byWordStart || !p.anchorAtWordStart || !units.length) this.latin.push(units);
    else if (units[0] === '[iİ]') {
      this.atWordStart.push(['i', ...units.slice(1)]);
      this.latin.push(['İ', ...units.slice(1)]);
    } else (/^[A-Za-z]$/.test(units[0]!) ? this.atWordStart : this.latin).push(units);
  }

  sources(): { latin: string; other: string } {
    const parts = [...(this.atWordStart.length ? [`(?:\\b|_)${trie(this.atWordStart, true)}`] : []), ...(this.latin.length ? [trie(this.latin, true)] : [])];
    return { latin: parts.length > 1 ? `(?:${parts.join('|')})` : (parts[0] ?? '(?!)'), other: trie(this.other, true) };
  }
}

// The characters a head's separators (variantPattern's HEAD_SPACE, HEAD_HYPHEN) stand for.
const SEP = new RegExp(SEP_CLASS);

/** Whether `text` has the verifier's head at `pos` (or up to headSlack characters after it). */
function opensWithHead(text: string, pos: number, v: Verifier): boolean {
  for (let at = pos; at <= pos + v.headSlack; at++) if (headAt(text, at, v.head, v.ci)) return true;
  return false;
}

function headAt(text: string, at: number, head: string, ci: boolean): boolean {
  let i = at;
  for (let k = 0; k < head.length; k++) {
    const h = head.charCodeAt(k);
    if (h === HEAD_SPACE || h === HEAD_HYPHEN) {
      // As SEP_CLASS{1,3} (or {0,3}) before a letter: the separators there, all of them.
      const from = i;
      while (i < text.length && SEP.test(text[i]!)) i++;
      if (i - from > 3 || (h === HEAD_SPACE && i === from)) return false;
      continue;
    }
    if (i >= text.length) return false;
    const c = text.charCodeAt(i++);
    if ((ci ? foldCode(c) : c) !== h) return false;
  }
  return true;
}

/** Case-insensitive key of one character, as the `i` flag compares it (upper case when that is one unit). */
function caseKey(ch: string): string {
  return ch.length === 1 ? String.fromCharCode(canonicalCode(ch.charCodeAt(0))) : ch;
}

/** Every key a match of this variant can start with, or undefined when it may start anywhere. */
function firstKeys(text: string, inflection: string | undefined): string[] | undefined {
  const first = text.normalize('NFC')[0];
  if (first === undefined || ' -\u2010\u2011·‧・･•'.includes(first)) return undefined;
  const keys = [first, first.normalize('NFD')[0] ?? first];
  if ('iIİ'.includes(first)) keys.push('I', 'İ');
  if ('أإآا'.includes(first)) keys.push(...'أإآا');
  if (inflection === 'ar') keys.push(...'وفبكلا');
  return [...new Set(keys.map(caseKey))];
}

/** A Matcher with a second pre-check for strong variants only: weak terms count only on a page that
 * has a strong one, so a page without one can skip the weak part. */
export interface ScanMatcher extends Matcher {
  /** Cheap necessary condition: false means `find` would return no strong mention. */
  quickCheckStrong(text: string): boolean;
}

/** The terms of these packs, the first of each id (packs may share terms). */
export function termsOf(packs: readonly { readonly terms: readonly MatchTerm[] }[]): MatchTerm[] {
  const terms = new Map<string, MatchTerm>();
  for (const pack of packs) for (const term of pack.terms) if (!terms.has(term.id)) terms.set(term.id, term);
  return [...terms.values()];
}

/** Compiles terms into a Matcher: planMatcher, then matcherFromPlan. */
export function compileMatcher(terms: readonly MatchTerm[]): ScanMatcher {
  return matcherFromPlan(planMatcher(terms));
}

/** Plans the matcher for these terms (see MatcherPlan). Every character is escaped, and each variant of
 * the shipped pack is run by the tests (pre-check.test.ts). */
export function planMatcher(terms: readonly MatchTerm[]): MatcherPlan {
  const order: VerifierPlan[] = [];
  const byFirst = new Map<string, number[]>();
  const anywhere: number[] = [];
  // Finders are split by case-sensitivity (no inline modifiers in older engines) and by script, and hold
  // only each variant's lead: V8 compiles an expression at its first exec, and the full Latin alternation
  // would take far longer than one task may.
  const finderSources = { latin: [] as (readonly string[])[], other: [] as (readonly string[])[], names: [] as (readonly string[])[] };
  const anchors = new AnchorSets(true);
  const strongAnchors = new AnchorSets(false);
  for (const term of terms) {
    for (const variant of term.variants) {
      if (variant.text.trim() === '') continue;
      const ci = !term.caseSensitive;
      const p = variantPattern(variant, ci);
      // A variant goes to the other-script finder when it opens with a letter of another script: then its
      // matches do too, and text without one skips that finder (see find).
      const latin = !OTHER_SCRIPT.test(variant.text.trim()[0] ?? 'a');
      // By the anchor's letters, not its source: the apostrophe class holds ʼ (U+02BC), yet d'internement is Latin.
      const otherAnchor = OTHER_SCRIPT.test(p.anchorLetters);
      const verifier: VerifierPlan = {
        core: p.core,
        flags: ci ? 'iy' : 'y',
        wordAfter: p.wordAfter,
        wordBefore: p.wordBefore,
        notBefore: p.notBefore,
        compoundTail: p.compoundTail,
        head: p.head,
        headSlack: p.headSlack,
        termId: term.id,
        strength: variant.strength ?? term.strength,
      };
      // Verifiers are bucketed by their possible first characters, so a candidate runs only a few.
      const keys = firstKeys(variant.text, variant.inflection);
      if (keys) for (const k of keys) byFirst.set(k, [...(byFirst.get(k) ?? []), order.length]);
      else anywhere.push(order.length);
      order.push(verifier);
      (ci ? (latin ? finderSources.latin : finderSources.other) : finderSources.names).push(p.leadUnits);
      anchors.add(p, otherAnchor);
      if (verifier.strength === 'strong') strongAnchors.add(p, otherAnchor);
    }
  }
  return {
    version: 1,
    verifiers: order,
    byFirst: [...byFirst],
    anywhere,
    finders: [trie(finderSources.latin, true), trie(finderSources.other, true), trie(finderSources.names, false)],
    anchors: anchors.sources(),
    strongAnchors: strongAnchors.sources(),
  };
}

/** Whether a value has a MatcherPlan's shape (a plan comes from the background, as a message). */
export function isMatcherPlan(value: unknown): value is MatcherPlan {
  const p = value as MatcherPlan | null;
  const sources = (o: unknown) => !!o && typeof (o as { latin?: unknown }).latin === 'string' && typeof (o as { other?: unknown }).other === 'string';
  return (
    !!p && typeof p === 'object' && p.version === 1 && Array.isArray(p.verifiers) && Array.isArray(p.byFirst) && Array.isArray(p.anywhere) &&
    Array.isArray(p.finders) && p.finders.length === FINDER_COUNT && p.finders.every((f) => typeof f === 'string') &&
    sources(p.anchors) && sources(p.strongAnchors) &&
    p.verifiers.every((v) => !!v && typeof v.core === 'string' && typeof v.head === 'string' && Number.isInteger(v.headSlack) && v.headSlack >= 0 && typeof v.wordAfter === 'boolean' && typeof v.flags === 'string' && typeof v.termId === 'string')
  );
}

/** The matcher a plan describes. Each expression is compiled when first needed: the content script does
 * this on every page load, and a page without a strong mention (most pages) uses the strong pre-check only. */
export function matcherFromPlan(plan: MatcherPlan): ScanMatcher {
  const order: Verifier[] = plan.verifiers.map((v) => ({ ...v, ci: v.flags.includes('i') }));
  const byFirst = new Map(plan.byFirst);
  const { anywhere } = plan;
  let finders: RegExp[] | undefined;
  const quickStrong = quickChecker(plan.strongAnchors);
  const next = new Int32Array(FINDER_COUNT);

  /** The longest verified match at `pos` (ties: strong before weak, then pack order), or undefined. */
  function longestAt(text: string, pos: number, lastEnd: number): Mention | undefined {
    let best: Mention | undefined;
    const ch = text[pos] ?? '';
    const prev = pos > 0 ? text[pos - 1]! : '';
    const afterWord = prev !== '' && isWordChar(prev);
    // A 'de' variant may end a compound (Zwangsumerziehungslager); the mention then covers the compound.
    const inCompound = afterWord && COMPOUND_JOIN.test(prev) && COMPOUND_JOIN.test(ch);
    const bucket = byFirst.get(caseKey(ch)) ?? byFirst.get(ch);
    // Pack order decides ties, so the two lists are visited in one merged, ordered pass.
    const indices = anywhere.length ? [...(bucket ?? []), ...anywhere].sort((a, b) => a - b) : (bucket ?? []);
    for (const i of indices) {
      const v = order[i]!;
      const tail = inCompound && v.compoundTail;
      if (v.wordBefore ? afterWord && !tail : prev !== '' && v.notBefore.includes(prev)) continue;
      if (v.head && !opensWithHead(text, pos, v)) continue;
      const re = (v.re ??= new RegExp(v.core, v.flags));
      re.lastIndex = pos;
      if (!re.test(text)) continue;
      let end = re.lastIndex;
      if (v.wordAfter && end < text.length && isWordChar(text[end]!)) {
        // The longest reading runs into a longer word; the full pattern may still find a shorter one
        // ("Uyghur" in "Uyghur'sx"), as a lookahead lets the engine backtrack.
        const full = (v.full ??= new RegExp(`${v.core}(?!${WORD_CLASS})`, v.flags));
        full.lastIndex = pos;
        if (!full.test(text)) continue;
        end = full.lastIndex;
      }
      if (end === pos) continue;
      if (!best || end > best.end || (end === best.end && v.strength === 'strong' && best.strength === 'weak')) {
        best = { start: tail ? compoundStart(text, pos, lastEnd) : pos, end, termId: v.termId, strength: v.strength };
      }
    }
    return best;
  }

  /** Start of the compound word holding `pos`, never before `lastEnd` (the end of the previous mention). */
  function compoundStart(text: string, pos: number, lastEnd: number): number {
    let start = pos;
    while (start > lastEnd && COMPOUND_LETTER.test(text[start - 1]!)) start--;
    return start;
  }

  /** Next position >= from where finder i matches (cached per finder), or -1. */
  function nextCandidate(text: string, i: number, from: number): number {
    if (next[i] !== -1 && next[i]! >= from) return next[i]!;
    const re = finders![i]!;
    re.lastIndex = from;
    const m = re.exec(text);
    next[i] = m ? m.index : -1;
    return next[i]!;
  }

  const matcher: ScanMatcher = {
    quickCheck(text: string): boolean {
      const quick = quickChecker(plan.anchors);
      matcher.quickCheck = quick;
      return quick(text);
    },
    quickCheckStrong: quickStrong,
    find(text: string): readonly Mention[] {
      finders ??= [new RegExp(plan.finders[0], 'gi'), new RegExp(plan.finders[1], 'gi'), new RegExp(plan.finders[2], 'g')];
      let out: Mention[] | undefined;
      next.fill(-2); // -2: not searched yet
      // The other-script finder's variants open with a letter of another script: text without one (most
      // English prose has only Latin and punctuation such as ’ and —) skips that finder's scan.
      if (!OTHER_SCRIPT.test(text)) next[1] = -1;
      let from = 0;
      while (from < text.length) {
        let pos = -1;
        for (let i = 0; i < FINDER_COUNT; i++) {
          if (next[i] === -1) continue;
          const p = nextCandidate(text, i, from);
          if (p !== -1 && (pos === -1 || p < pos)) pos = p;
        }
        if (pos === -1) break;
        const found = longestAt(text, pos, out?.at(-1)?.end ?? 0);
        if (found) (out ??= []).push(found);
        from = found ? found.end : pos + 1;
      }
      return out ?? EMPTY;
    },
  };
  return matcher;
}
