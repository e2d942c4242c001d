// The pre-check (quickCheck) on the shipped pack: a necessary condition for every mention, and selective
// enough that ordinary text does not pass it (each node that passes costs a finder run; issue 8).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { commonWordsOf } from './common-words.ts';
import type { MatchTerm } from './types.ts';

interface PackTerm extends MatchTerm {
  readonly examples: readonly { text: string }[];
}

const packUrl = new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url);
const pack = JSON.parse(readFileSync(packUrl, 'utf8')) as { terms: PackTerm[]; commonWords?: string[] };
const terms = pack.terms;
// Planned as the background plans it: with the pack's everyday words, never an anchor alone.
const matcher = compileMatcher(terms, commonWordsOf([pack]));

describe('the pre-check on the shipped pack', () => {
  it('takes the topic’s everyday words from the pack: without them "education" alone would pass ordinary text', () => {
    expect(pack.commonWords).toContain('education');
    const bare = compileMatcher(terms);
    const plain = 'The ministry of education published its training program for the region.';
    expect(bare.quickCheck(plain)).toBe(true);
    expect(matcher.quickCheck(plain)).toBe(false);
    expect(matcher.find(plain)).toEqual(bare.find(plain));
  });

  it('passes every example with a mention, and every variant as written', () => {
    const texts = [...terms.flatMap((t) => t.examples.map((e) => e.text)), ...terms.flatMap((t) => t.variants.map((v) => v.text))];
    for (const text of texts) if (matcher.find(text).length) expect(matcher.quickCheck(text), text).toBe(true);
  });

  it('finds every variant as written (which also compiles each variant’s expression once)', () => {
    for (const term of terms) {
      for (const variant of term.variants) expect(matcher.find(variant.text).length, `${term.id}: ${variant.text}`).toBeGreaterThan(0);
    }
  });

  it('passes a phrase split at the space before its last word, one text node at a time', () => {
    // "re-education <a>camps</a>": the scanner checks "re-education " before it joins the block's text.
    for (const first of ['Reports of re-education ', 'so-called vocational education and ', 'a former detention ', 'the Committee on the Elimination of Racial ']) {
      expect(matcher.quickCheck(first), first).toBe(true);
    }
  });

  it('passes every variant in any surroundings where the matcher finds it', () => {
    // The anchors that always start a word are looked for only after a boundary (compile-terms.ts): the
    // surroundings test that boundary, an underscore (a word character to `\b`, not to the matcher), German
    // compounds and hyphens left out.
    const before = ['', ' ', '_', '(', '«', '3', 'é', 'Exil', 'zwangs', 'Nord-', 'l’', 'pre'];
    const after = ['', ' ', '_', 's', 'en', '.', 'lager', '’s'];
    let found = 0;
    for (const term of terms) {
      for (const variant of term.variants) {
        const forms = new Set([variant.text, variant.text.replace(/[-\u2010\u2011]/g, ''), variant.text.replace(/ /g, '\n'), variant.text.toLowerCase()]);
        for (const form of forms) {
          for (const b of before) {
            for (const a of after) {
              const text = b + form + a;
              const mentions = matcher.find(text);
              if (!mentions.length) continue;
              found++;
              expect(matcher.quickCheck(text), text).toBe(true);
              if (mentions.some((m) => m.strength === 'strong')) expect(matcher.quickCheckStrong(text), text).toBe(true);
            }
          }
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('does not pass a term inside another word, except where German compounds allow it', () => {
    for (const text of ['imprisonment', 'Akashi', 'coobieduwang', 'tikanga']) expect(matcher.quickCheck(text), text).toBe(false);
    for (const text of ['Exiluiguren', 'Zwangsumerziehung', 'Nordxinjiang']) expect(matcher.quickCheck(text), text).toBe(true);
  });

  it('does not pass ordinary words that only begin like a term', () => {
    for (const text of [
      'International internet governance and internal audits',
      'Education and professional development for teachers',
      'The transfer window and a facility for transformation',
      'A concentrated solution and a detained suspect',
      'Vocation, discrimination law and the committee',
    ]) {
      expect(matcher.quickCheck(text), text).toBe(false);
    }
  });

  it('still passes text with a soft hyphen or zero-width character, for the caller to check without it', () => {
    expect(matcher.quickCheck('Xin\u00ADjiang')).toBe(true);
    expect(matcher.quickCheck('Uy\u200Bghur')).toBe(true);
    expect(matcher.quickCheckStrong('Xin\u00ADjiang')).toBe(true);
  });
});
