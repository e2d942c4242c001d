// Runs a matcher plan: the content script's side. Scanning a text node costs one anchor test (quickCheck);
// only nodes that pass run the finder expressions, and only finder hits run the per-variant verifiers.
import type { Mention } from './types.ts';
import { hasIgnorable } from './normalize-for-match.ts';
import { foldLetterForms } from './letter-forms.ts';
import { FINDER_COUNT, OTHER_SCRIPT, caseKey, fullVerifier, type MatcherPlan, type ScanMatcher, type VerifierPlan } from './matcher-plan.ts';
import { HEAD_HYPHEN, HEAD_SPACE, SEP_CLASS } from './variant-pattern.ts';
import { WORD_CLASS, foldCode, isWordChar } from './word-chars.ts';

/** A verifier in use: its expressions are compiled at their first use (most pages never need most). */
interface Verifier extends VerifierPlan {
  /** Whether its flags ignore case (read once, not per candidate). */
  readonly ci: boolean;
  re?: RegExp;
  full?: RegExp;
  /** Runs of `re` and `full` so far (see WARM_RUNS). */
  runs: number;
  fullRuns: number;
}

/** An expression's first runs may compile it (engines compile at the first run, and again to machine code
 * soon after): a text holding many variants' openings can need hundreds, so they are what `findWithin`
 * spreads over calls. */
const WARM_RUNS = 2;

const EMPTY: readonly Mention[] = Object.freeze([]);
// A German compound joins its parts in lower case: a lower-case letter before a lower-case start.
const COMPOUND_JOIN = /[a-zäöüß]/;
const COMPOUND_LETTER = /[A-Za-zÄÖÜäöüß]/;
// The same, with the soft hyphen and zero-width characters (normalize-for-match.ts): one scan gates both
// the other-script anchors and the "ignorable inside a word" case.
// eslint-disable-next-line no-misleading-character-class
const GATE = /[\u00AD\u0250-\u02FF\u0370-\u1AAF\u1B00-\u1DBF\u1F00-\u1FFF\u200B-\u200D\u2060\u2070-\uFFFF]/;
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
  return (raw) => {
    const text = foldLetterForms(raw);
    return quickLatin.test(text) || (GATE.test(text) && (quickOther.test(text) || hasIgnorable(text)));
  };
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

/** The matcher a plan describes. Each expression is compiled when first needed: the content script does
 * this on every page load, and a page without a strong mention (most pages) uses the strong pre-check only. */
export function matcherFromPlan(plan: MatcherPlan): ScanMatcher {
  const order: Verifier[] = plan.verifiers.map((sent) => {
    const v = fullVerifier(sent);
    return { ...v, ci: v.flags.includes('i'), runs: 0, fullRuns: 0 };
  });
  const byFirst = new Map(plan.byFirst);
  const { anywhere } = plan;
  let finders: RegExp[] | undefined;
  const quickStrong = quickChecker(plan.strongAnchors);
  const next = new Int32Array(FINDER_COUNT);
  const finderRuns = new Int32Array(FINDER_COUNT);
  let compiled = 0;
  let exclusionsSeen = 0;
  /** For the call under way: when to stop before a cold run (undefined: never), cold runs so far, and
   * whether it stopped. */
  let due: (() => boolean) | undefined;
  let coldRuns = 0;
  let stopped = false;

  /** Whether an expression run `runs` times may run now (false: the call stops; see findWithin). */
  function mayRun(runs: number): boolean {
    if (runs >= WARM_RUNS) return true;
    if (coldRuns++ > 0 && due?.()) {
      stopped = true;
      return false;
    }
    if (runs === 0) compiled++;
    return true;
  }

  /** The longest verified match at `pos` (ties: an exclusion first, then strong before weak, then pack
   * order), or undefined; `excluded` tells whether it is an exclusion (then it is no mention). */
  let excluded = false;
  function longestAt(text: string, pos: number, lastEnd: number): Mention | undefined {
    let best: Mention | undefined;
    excluded = false;
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
      if (!mayRun(v.runs)) return undefined;
      v.runs++;
      const re = (v.re ??= new RegExp(v.core, v.flags));
      re.lastIndex = pos;
      if (!re.test(text)) continue;
      let end = re.lastIndex;
      if (v.wordAfter && end < text.length && isWordChar(text[end]!)) {
        // The longest reading runs into a longer word; the full pattern may still find a shorter one
        // ("Uyghur" in "Uyghur'sx"), as a lookahead lets the engine backtrack.
        if (!mayRun(v.fullRuns)) return undefined;
        v.fullRuns++;
        const full = (v.full ??= new RegExp(`${v.core}(?!${WORD_CLASS})`, v.flags));
        full.lastIndex = pos;
        if (!full.test(text)) continue;
        end = full.lastIndex;
      }
      if (end === pos) continue;
      const wins = !best || end > best.end || (end === best.end && !excluded && (v.exclude || (v.strength === 'strong' && best.strength === 'weak')));
      if (wins) {
        best = { start: tail ? compoundStart(text, pos, lastEnd) : pos, end, termId: v.termId, strength: v.strength };
        excluded = !!v.exclude;
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
    if (!mayRun(finderRuns[i]!)) return -1;
    finderRuns[i] = finderRuns[i]! + 1;
    const re = finders![i]!;
    re.lastIndex = from;
    const m = re.exec(text);
    next[i] = m ? m.index : -1;
    return next[i]!;
  }

  /** The mentions in `raw`, or null when the call stopped before a cold run (see findWithin). */
  function findAll(raw: string, until: (() => boolean) | undefined): readonly Mention[] | null {
    due = until;
    coldRuns = 0;
    stopped = false;
    try {
      const found = scan(raw);
      return stopped ? null : found;
    } finally {
      due = undefined;
    }
  }

  function scan(raw: string): readonly Mention[] {
    // Unit for unit, so every mention's offsets are offsets into `raw`.
    const text = foldLetterForms(raw);
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
        if (stopped) return EMPTY;
        if (p !== -1 && (pos === -1 || p < pos)) pos = p;
      }
      if (pos === -1) break;
      const found = longestAt(text, pos, out?.at(-1)?.end ?? 0);
      if (stopped) return EMPTY;
      if (found && !excluded) (out ??= []).push(found);
      else if (found) exclusionsSeen++;
      from = found ? found.end : pos + 1;
    }
    return out ?? EMPTY;
  }

  const matcher: ScanMatcher = {
    quickCheck(text: string): boolean {
      const quick = quickChecker(plan.anchors);
      matcher.quickCheck = quick;
      return quick(text);
    },
    quickCheckStrong: quickStrong,
    find: (raw) => findAll(raw, undefined)!,
    findWithin: (raw, until) => findAll(raw, until),
    get compiled() {
      return compiled;
    },
    get exclusionsSeen() {
      return exclusionsSeen;
    },
  };
  return matcher;
}
