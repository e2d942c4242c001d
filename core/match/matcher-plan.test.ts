// The matcher plan (issue 8): the background plans the matcher once and each page builds it from the plan,
// after the plan has crossed a message (JSON). The rebuilt matcher must behave exactly as one compiled in place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher, isMatcherPlan, matcherFromPlan, planMatcher, termsOf } from './compile-terms.ts';
import { fullVerifier, sentVerifier } from './matcher-plan.ts';
import type { MatchTerm } from './types.ts';
import { variantPattern } from './variant-pattern.ts';
import { WORD_CLASS } from './word-chars.ts';

interface PackTerm extends MatchTerm {
  readonly examples: readonly { text: string }[];
}

const packUrl = new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url);
const pack = JSON.parse(readFileSync(packUrl, 'utf8')) as { terms: PackTerm[] };
const texts = [
  ...pack.terms.flatMap((t) => t.examples.map((e) => e.text)),
  ...pack.terms.flatMap((t) => t.variants.map((v) => `Reports: ${v.text}, and more.`)),
  'The weather in Paris is mild today.',
  'Cenk Uygur spoke about international internet policy.',
];

describe('the matcher plan', () => {
  const plan = planMatcher(termsOf([pack]));
  const sent = JSON.parse(JSON.stringify(plan)) as unknown;

  it('survives a message: a matcher built from it finds, and pre-checks, exactly what a compiled one does', () => {
    expect(isMatcherPlan(sent)).toBe(true);
    const rebuilt = matcherFromPlan(sent as typeof plan);
    const compiled = compileMatcher(pack.terms);
    let found = 0;
    for (const text of texts) {
      expect(rebuilt.find(text), text).toEqual(compiled.find(text));
      expect(rebuilt.quickCheck(text), text).toBe(compiled.quickCheck(text));
      expect(rebuilt.quickCheckStrong(text), text).toBe(compiled.quickCheckStrong(text));
      found += rebuilt.find(text).length;
    }
    expect(found).toBeGreaterThan(texts.length / 2);
  });

  it('is plain data', () => {
    expect(sent).toEqual(plan);
  });

  it('leaves out each verifier’s full pattern, which the page rebuilds from its core', () => {
    // matcherFromPlan compiles `core` + (?!WORD_CLASS) where the variant must not run into a word.
    for (const term of pack.terms) {
      for (const variant of term.variants) {
        const p = variantPattern(variant, !term.caseSensitive);
        expect(p.verify, variant.text).toBe(p.wordAfter ? `${p.core}(?!${WORD_CLASS})` : p.core);
      }
    }
    // Every page with a topic mention receives the plan in a message (its size, by pack version: docs/languages.md).
    expect(JSON.stringify(plan).length).toBeLessThan(95_000);
  });

  it('leaves each verifier’s fields at their default out, and the page reads them back in full', () => {
    const fields = ['flags', 'wordAfter', 'wordBefore', 'notBefore', 'compoundTail', 'head', 'headSlack', 'strength'] as const;
    const defaults = { flags: 'iy', wordAfter: false, wordBefore: false, notBefore: '', compoundTail: false, head: '', headSlack: 0, strength: 'strong' };
    let left = 0;
    for (const v of plan.verifiers) {
      for (const f of fields) {
        if (v[f] === undefined) left++;
        else expect(v[f], `${v.termId} ${f}`).not.toEqual(defaults[f]);
      }
      const full = fullVerifier(v);
      for (const f of fields) expect(full[f], `${v.termId} ${f}`).toEqual(v[f] ?? defaults[f]);
      expect(sentVerifier(full)).toEqual(v);
    }
    expect(left).toBeGreaterThan(plan.verifiers.length * 3);
  });

  it('is refused when it is not one', () => {
    const broken = [null, 'plan', {}, { ...plan, version: 2 }, { ...plan, finders: ['a', 'b'] }, { ...plan, anchors: { latin: 'a' } }, { ...plan, verifiers: [{ core: 1 }] },
      { ...plan, verifiers: [{ core: 'a', termId: 't', wordAfter: 'yes' }] }, { ...plan, verifiers: [{ core: 'a', termId: 't', headSlack: -1 }] },
      { ...plan, verifiers: [{ core: 'a' }] }];
    for (const value of broken) expect(isMatcherPlan(value), JSON.stringify(value)?.slice(0, 60)).toBe(false);
  });

  it('keeps the first term of each id across packs', () => {
    const [first] = pack.terms;
    const other = { ...first!, variants: [{ text: 'Elsewhere' }] };
    expect(termsOf([pack, { terms: [other] }]).filter((t) => t.id === first!.id)).toEqual([first]);
  });
});
