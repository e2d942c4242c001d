// Plans the matcher for a set of terms: the background's side, once per set of packs (see MatcherPlan).
import type { Inflection, MatchTerm, MatchVariant } from './types.ts';
import { INFLECTIONS } from './inflections/index.ts';
import { OTHER_SCRIPT, caseKey, sentVerifier, type MatcherPlan, type ScanMatcher, type SentVerifier, type VerifierPlan } from './matcher-plan.ts';
import { matcherFromPlan } from './matcher-from-plan.ts';
import { variantPattern } from './variant-pattern.ts';
import { FUNCTION_WORD_SET } from './common-words.ts';
import { foldLetterForms } from './letter-forms.ts';
import { normalizeForMatch } from './normalize-for-match.ts';

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

/** Every key a match of this variant can start with, or undefined when it may start anywhere. */
function firstKeys(text: string, inflection: Inflection | undefined): string[] | undefined {
  const first = text.normalize('NFC')[0];
  if (first === undefined || ' -\u2010\u2011·‧・･•'.includes(first)) return undefined;
  const keys = [first, first.normalize('NFD')[0] ?? first];
  if ('iIİ'.includes(first)) keys.push('I', 'İ');
  if ('أإآا'.includes(first)) keys.push(...'أإآا');
  const prefix = INFLECTIONS[inflection ?? 'none'].prefix;
  if (prefix) keys.push(...prefix.first);
  return [...new Set(keys.map(caseKey))];
}

/** The terms of these packs, the first of each id (packs may share terms). */
export function termsOf(packs: readonly { readonly terms: readonly MatchTerm[] }[]): MatchTerm[] {
  const terms = new Map<string, MatchTerm>();
  for (const pack of packs) for (const term of pack.terms) if (!terms.has(term.id)) terms.set(term.id, term);
  return [...terms.values()];
}

/** Compiles terms into a Matcher: planMatcher, then matcherFromPlan. */
export function compileMatcher(terms: readonly MatchTerm[], common: ReadonlySet<string> = FUNCTION_WORD_SET): ScanMatcher {
  return matcherFromPlan(planMatcher(terms, common));
}

/** Plans the matcher for these terms (see MatcherPlan). Every character is escaped, and each variant of
 * the shipped pack is run by the tests (pre-check.test.ts). `common`: words never an anchor alone
 * (commonWordsOf the packs). */
export function planMatcher(terms: readonly MatchTerm[], common: ReadonlySet<string> = FUNCTION_WORD_SET): MatcherPlan {
  const order: SentVerifier[] = [];
  const byFirst = new Map<string, number[]>();
  const anywhere: number[] = [];
  // Finders are split by case-sensitivity (no inline modifiers in older engines) and by script, and hold
  // only each variant's lead: V8 compiles an expression at its first exec, and the full Latin alternation
  // would take far longer than one task may.
  const finderSources = { latin: [] as (readonly string[])[], other: [] as (readonly string[])[], names: [] as (readonly string[])[] };
  const anchors = new AnchorSets(true);
  const strongAnchors = new AnchorSets(false);
  const exclusionGroups = new Map<string, { cores: string[]; keys: Set<string>; anywhere: boolean; p: ReturnType<typeof variantPattern>; ci: boolean }>();
  for (const term of terms) {
    // Exclusions are planned as variants (leftmost-longest then lets a longer phrase win) but add no anchor:
    // they matter only where a variant matches too.
    const entries: { variant: MatchVariant; exclude: boolean }[] = [
      ...term.variants.map((variant) => ({ variant, exclude: false })),
      ...(term.exclusions ?? []).map((variant) => ({ variant, exclude: true })),
    ];
    for (const { variant, exclude } of entries) {
      if (variant.text.trim() === '') continue;
      const ci = !term.caseSensitive;
      // The page text is folded the same way, and its ignorables removed, when matched (letter-forms.ts,
      // normalize-for-match.ts): a variant written with a non-joiner (سین‌کیانگ) matches it with or without.
      const text = normalizeForMatch(foldLetterForms(variant.text)).text;
      const p = variantPattern({ ...variant, text }, ci, common);
      // A variant goes to the other-script finder when it opens with a letter of another script: then its
      // matches do too, and text without one skips that finder (see find).
      const latin = !OTHER_SCRIPT.test(text.trim()[0] ?? 'a');
      // By the anchor's letters, not its source: the apostrophe class holds ʼ (U+02BC), yet d'internement is Latin.
      const otherAnchor = OTHER_SCRIPT.test(p.anchorLetters);
      if (exclude) {
        // A term's exclusions share one verifier per kind of boundary: they are many, and each verifier is
        // sent to every page.
        const group = `${ci}|${p.wordAfter}|${p.wordBefore}|${p.notBefore}|${p.compoundTail}`;
        const g = exclusionGroups.get(group) ?? { cores: [], keys: new Set<string>(), anywhere: false, p, ci };
        g.cores.push(p.core);
        const keys = firstKeys(text, variant.inflection);
        if (keys) for (const k of keys) g.keys.add(k);
        else g.anywhere = true;
        exclusionGroups.set(group, g);
        (ci ? (latin ? finderSources.latin : finderSources.other) : finderSources.names).push(p.leadUnits);
        continue;
      }
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
      const keys = firstKeys(text, variant.inflection);
      if (keys) for (const k of keys) byFirst.set(k, [...(byFirst.get(k) ?? []), order.length]);
      else anywhere.push(order.length);
      order.push(sentVerifier(verifier));
      (ci ? (latin ? finderSources.latin : finderSources.other) : finderSources.names).push(p.leadUnits);
      anchors.add(p, otherAnchor);
      if (verifier.strength === 'strong') strongAnchors.add(p, otherAnchor);
    }
    for (const g of exclusionGroups.values()) {
      // Longest first: an alternation takes the first alternative that matches.
      const core = `(?:${[...g.cores].sort((a, b) => b.length - a.length).join('|')})`;
      const { p } = g;
      if (g.anywhere) anywhere.push(order.length);
      else for (const k of g.keys) byFirst.set(k, [...(byFirst.get(k) ?? []), order.length]);
      order.push(sentVerifier({ core, flags: g.ci ? 'iy' : 'y', wordAfter: p.wordAfter, wordBefore: p.wordBefore, notBefore: p.notBefore, compoundTail: p.compoundTail, head: '', headSlack: 0, termId: term.id, strength: term.strength, exclude: true }));
    }
    exclusionGroups.clear();
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

