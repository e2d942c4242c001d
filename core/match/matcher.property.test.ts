// Property tests: the compiled matcher never throws, and on a small alphabet it agrees with a naive
// reference written here from the rules alone (character by character, trying every path), which shares
// no code with the regular-expression compiler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import type { MatchTerm, Mention, MatchVariant } from './types.ts';

// ---- the naive reference -------------------------------------------------------------------------
const SEPARATORS = [' ', '\n', '\u00a0', '-', '\u2010', '\u2011'];
const APOSTROPHES = ["'", '’'];
const isWord = (ch: string | undefined) =>
  ch !== undefined && (/^[a-zA-Z0-9]$/.test(ch) || ['é', 'É', 'İ', '\u0301'].includes(ch));
const isHan = (ch: string | undefined) => ch !== undefined && ch >= '\u4e00' && ch <= '\u9fff';

/** Ends of every way `letter` can be read at `pos` (é also as e + U+0301; İ as i when case is ignored). */
function letterEnds(text: string, pos: number, letter: string, ci: boolean): number[] {
  const same = (a: string | undefined, b: string) =>
    a !== undefined && (ci ? (a === 'İ' ? 'i' : a.toLowerCase()) === b.toLowerCase() : a === b);
  if (letter === 'é') {
    const ends: number[] = [];
    if (same(text[pos], 'é')) ends.push(pos + 1);
    if (same(text[pos], 'e') && text[pos + 1] === '\u0301') ends.push(pos + 2);
    return ends;
  }
  return same(text[pos], letter) ? [pos + 1] : [];
}

/** Ends of every way the variant's characters from index k on can be read from `pos`. */
function bodyEnds(text: string, pos: number, chars: string[], k: number, ci: boolean): number[] {
  if (k === chars.length) return [pos];
  const ch = chars[k]!;
  const out: number[] = [];
  if (ch === ' ' || ch === '-') {
    const min = ch === ' ' ? 1 : 0;
    for (let n = 0; n <= 3; n++) {
      if (n > 0 && !SEPARATORS.includes(text[pos + n - 1] ?? '')) break;
      if (n >= min) out.push(...bodyEnds(text, pos + n, chars, k + 1, ci));
    }
    return out;
  }
  for (const e of letterEnds(text, pos, ch, ci)) out.push(...bodyEnds(text, e, chars, k + 1, ci));
  return out;
}

/** Ends after the English suffix rule: (e?s)? then (apostrophe s?)?. */
function englishEnds(text: string, end: number, ci: boolean): number[] {
  const out = new Set<number>();
  const eq = (i: number, c: string) => text[i] !== undefined && (ci ? text[i]!.toLowerCase() === c : text[i] === c);
  const afterS = [end];
  if (eq(end, 's')) afterS.push(end + 1);
  if (eq(end, 'e') && eq(end + 1, 's')) afterS.push(end + 2);
  for (const e of afterS) {
    out.add(e);
    if (APOSTROPHES.includes(text[e] ?? '')) {
      out.add(e + 1);
      if (eq(e + 1, 's')) out.add(e + 2);
    }
  }
  return [...out];
}

/** The longest end of `variant` at `pos`, or -1. */
function naiveMatchAt(text: string, pos: number, variant: MatchVariant, ci: boolean): number {
  const chars = [...variant.text];
  const han = isHan(chars[0]);
  if (han ? variant.notBefore?.includes(text[pos - 1] ?? '\0') : isWord(text[pos - 1])) return -1;
  let best = -1;
  for (const bodyEnd of bodyEnds(text, pos, chars, 0, ci)) {
    if (han && variant.notAfter?.includes(text[bodyEnd] ?? '\0')) continue;
    const ends = variant.inflection === 'en' ? englishEnds(text, bodyEnd, ci) : [bodyEnd];
    for (const end of ends) if (end > pos && (han || !isWord(text[end])) && end > best) best = end;
  }
  return best;
}

/** Leftmost-longest scan; ties go to strong, then to the earlier variant. */
function naiveFind(terms: MatchTerm[], text: string): Mention[] {
  const out: Mention[] = [];
  let pos = 0;
  while (pos < text.length) {
    let best: Mention | undefined;
    for (const t of terms) {
      for (const v of t.variants) {
        const end = naiveMatchAt(text, pos, v, !t.caseSensitive);
        const strength = v.strength ?? t.strength;
        if (end === -1) continue;
        if (!best || end > best.end || (end === best.end && strength === 'strong' && best.strength === 'weak')) {
          best = { start: pos, end, termId: t.id, strength };
        }
      }
    }
    if (best) out.push(best);
    pos = best ? best.end : pos + 1;
  }
  return out;
}

// ---- generators ----------------------------------------------------------------------------------
const latinWord = fc.array(fc.constantFrom('a', 'b', 'c', 'i', 'é'), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const latinVariant = fc
  .record({
    words: fc.array(latinWord, { minLength: 1, maxLength: 3 }),
    seps: fc.array(fc.constantFrom(' ', '-'), { minLength: 2, maxLength: 2 }),
    inflection: fc.constantFrom<'en' | 'none'>('en', 'none'),
    strength: fc.option(fc.constantFrom<'strong' | 'weak'>('strong', 'weak'), { nil: undefined }),
  })
  .map(({ words, seps, inflection, strength }) => ({
    text: words.reduce((acc, w, i) => (i === 0 ? w : acc + seps[(i - 1) % 2] + w), ''),
    inflection,
    strength,
  }));
const hanVariant = fc.record({
  text: fc.array(fc.constantFrom('新', '疆', '界'), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
  notBefore: fc.constantFrom('', '更', '更新'),
  notAfter: fc.constantFrom('', '界', '新'),
});
const terms = fc
  .array(
    fc.record({
      variants: fc.array(fc.oneof(latinVariant, hanVariant), { minLength: 1, maxLength: 3 }),
      caseSensitive: fc.boolean(),
      strength: fc.constantFrom<'strong' | 'weak'>('strong', 'weak'),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((list) => list.map((t, i): MatchTerm => ({ id: `t${i}`, ...t })));
const textChars = ['a', 'b', 'c', 'A', 'B', 'C', 'i', 'I', 'İ', 'é', 'É', 'e', '\u0301', 's', "'", '’', ' ', '\n', '-', '\u2011', '新', '疆', '更', '界', '.', '1', '_'];
const noise = fc.array(fc.constantFrom(...textChars), { maxLength: 6 }).map((a) => a.join(''));

/** A variant's text as pages may write it: other case, other separators, decomposed é, a suffix. */
function respell(base: string, seed: number): string {
  let r = seed >>> 0;
  const pick = <T,>(xs: readonly T[]): T => {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    return xs[(r >>> 16) % xs.length]!;
  };
  let out = '';
  for (const ch of base) {
    if (ch === ' ' || ch === '-') out += pick(['', ' ', '-', '\n', ' \u2011', '\n  ', '    ']);
    else if (ch === 'é') out += pick(['é', 'É', 'e\u0301']);
    else if (ch === 'i') out += pick(['i', 'I', 'İ']);
    else out += pick([ch, ch.toUpperCase()]);
  }
  return out + pick(['', '', 's', "'s", '’', 'es', 'x']);
}

/** Random text made of respelled variants and noise, so that matches are frequent. */
const textFor = (ts: MatchTerm[]) => {
  const bases = ts.flatMap((t) => t.variants.map((v) => v.text));
  const piece = fc.oneof(noise, fc.tuple(fc.constantFrom(...bases), fc.integer()).map(([b, s]) => respell(b, s)));
  return fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));
};
const termsAndText = terms.chain((ts) => fc.tuple(fc.constant(ts), textFor(ts)));
// Each run compiles fresh expressions (V8 compiles them at first exec), so runs cost milliseconds: the
// counts keep the file at a few seconds, and the timeout leaves room for a loaded two-core machine.
const TIMEOUT_MS = 60_000;

describe('the compiled matcher', () => {
  it('agrees with a naive reference scan on random terms and text', () => {
    fc.assert(
      fc.property(termsAndText, ([ts, t]) => {
        expect(compileMatcher(ts).find(t)).toEqual(naiveFind(ts, t));
      }),
      { numRuns: 800 },
    );
  }, TIMEOUT_MS);

  it('passes quickCheck whenever it finds a mention, and quickCheckStrong whenever a strong one', () => {
    fc.assert(
      fc.property(termsAndText, ([ts, t]) => {
        const m = compileMatcher(ts);
        const found = m.find(t);
        if (found.length > 0) expect(m.quickCheck(t)).toBe(true);
        if (found.some((x) => x.strength === 'strong')) expect(m.quickCheckStrong(t)).toBe(true);
      }),
      { numRuns: 600 },
    );
  }, TIMEOUT_MS);

  it('never throws and returns sorted, non-overlapping mentions for arbitrary terms and text', () => {
    const anyVariant = fc.record({
      text: fc.string({ unit: 'binary', maxLength: 12 }),
      inflection: fc.constantFrom<'en' | 'ru' | 'tr' | 'de' | 'ar' | 'he' | 'none' | 'sla'>('en', 'ru', 'tr', 'de', 'ar', 'he', 'none', 'sla'),
      notBefore: fc.string({ maxLength: 3 }),
      notAfter: fc.string({ maxLength: 3 }),
    });
    const anyTerms = fc.array(
      fc.record({ id: fc.string(), caseSensitive: fc.boolean(), strength: fc.constantFrom<'strong' | 'weak'>('strong', 'weak'),
        variants: fc.array(anyVariant, { maxLength: 3 }) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(anyTerms, fc.string({ unit: 'binary', maxLength: 60 }), (ts, t) => {
        const found = compileMatcher(ts).find(t);
        for (let i = 0; i < found.length; i++) {
          const m = found[i]!;
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(t.length);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
        }
      }),
      { numRuns: 500 },
    );
  }, TIMEOUT_MS);
});
