// The sentinel's pre-check (strong-pre-check.ts) against the scanner's (matcher-from-plan.ts quickCheckStrong,
// with the scanner's second look at text holding ignorables, content/page-scanner.ts): it must pass every
// text the scanner's passes, and every text where the matcher finds a strong mention. Both run from the plan
// the background builds for the shipped pack.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonWordsOf } from './common-words.ts';
import { matcherFromPlan } from './matcher-from-plan.ts';
import { hasIgnorable, normalizeForMatch } from './normalize-for-match.ts';
import { planMatcher } from './plan-matcher.ts';
import { isAnchorSources, strongPreCheck } from './strong-pre-check.ts';
import { keyedTerms } from '../pack/term-key.ts';
import type { MatchTerm } from './types.ts';

const pack = JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as {
  id: string;
  terms: (MatchTerm & { examples: { text: string }[] })[];
  commonWords?: string[];
};
const plan = planMatcher(keyedTerms([pack]), commonWordsOf([pack]));
const matcher = matcherFromPlan(plan);
const sentinel = strongPreCheck(plan.strongAnchors);
/** The scanner's acceptance of one text while the page is not yet relevant (page-scanner.ts `accept`). */
const scannerAccepts = (text: string) => matcher.quickCheckStrong(text) && (!hasIgnorable(text) || matcher.quickCheckStrong(normalizeForMatch(text).text));
const strongFound = (text: string) => matcher.find(normalizeForMatch(text).text).some((m) => m.strength === 'strong');

const strongVariants = pack.terms.filter((t) => t.strength !== 'weak').flatMap((t) => t.variants.map((v) => v.text));

describe('the strong pre-check', () => {
  it('checks what it is sent: two expression sources that compile, of a bounded length', () => {
    expect(isAnchorSources(plan.strongAnchors)).toBe(true);
    expect(isAnchorSources({ latin: 'a' })).toBe(false);
    expect(isAnchorSources({ latin: '(', other: 'b' })).toBe(false);
    expect(isAnchorSources({ latin: 'a', other: 'b'.repeat(200_001) })).toBe(false);
    expect(isAnchorSources(null)).toBe(false);
    expect(isAnchorSources('xinjiang')).toBe(false);
  });

  it('passes every strong variant as written, and in the forms pages write it', () => {
    expect(strongVariants.length).toBeGreaterThan(20);
    for (const v of strongVariants) {
      const forms = [v, v.toUpperCase(), v.toLowerCase(), `…${v}’s`, [...v].join('\u00AD'), [...v].join('\u200B')];
      for (const form of forms) if (scannerAccepts(form) || strongFound(form)) expect(sentinel(form), form).toBe(true);
    }
  });

  it('folds letter forms, Turkish i and case as the matcher does', () => {
    let passed = 0;
    for (const text of ['UYGHUR', 'Uyg\u02BBur', 'XİNJİANG', 'xınjıang', 'Sin\u200Bkiang', 'شىنجاڭ', 'سین‌کیانگ', 'Xin\u00ADjiang']) {
      if (!scannerAccepts(text) && !strongFound(text)) continue;
      passed++;
      expect(sentinel(text), text).toBe(true);
    }
    expect(passed).toBeGreaterThanOrEqual(5);
    expect(sentinel('XİNJİANG')).toBe(true);
    expect(sentinel('Xin\u00ADjiang')).toBe(true);
  });

  it('rejects ordinary text, so most frames never get the scanner', () => {
    for (const text of ['The weather in Paris was mild.', 'education and training', 'internment camps were closed', '']) {
      expect(sentinel(text), text).toBe(false);
    }
  });

  it('passes every pack example the scanner passes', () => {
    const texts = pack.terms.flatMap((t) => t.examples.map((e) => e.text));
    let passed = 0;
    for (const text of texts) {
      if (!scannerAccepts(text) && !strongFound(text)) continue;
      passed++;
      expect(sentinel(text), text).toBe(true);
    }
    expect(passed).toBeGreaterThan(10);
  });

  it('never misses where the scanner passes (property: variants in noise, cut, cased, with ignorables)', () => {
    const noise = fc.constantFrom(' ', 'the ', 'a', '-', '’', '\u00AD', '\u200B', '\u200D', 'ı', 'İ', 'ي', 'ی', '新', 'x', '\n');
    const piece = fc.oneof(noise, fc.constantFrom(...strongVariants));
    const text = fc.tuple(fc.array(piece, { maxLength: 6 }), fc.nat(), fc.nat(), fc.constantFrom('none', 'upper', 'lower')).map(([parts, a, b, kase]) => {
      let t = parts.join('');
      // A cut anywhere (a text node's end) and a case the page chose.
      if (t.length) t = t.slice(Math.min(a % t.length, b % t.length), Math.max(a % t.length, b % t.length) + 1);
      return kase === 'upper' ? t.toUpperCase() : kase === 'lower' ? t.toLowerCase() : t;
    });
    fc.assert(
      fc.property(text, (t) => {
        if (scannerAccepts(t) || strongFound(t)) expect(sentinel(t), JSON.stringify(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
