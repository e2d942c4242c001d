// Runs every example and near-miss of every term in the shipped pack (STYLE.md, example 9). A failure
// names the term and the example, and says what the matcher found, so the fix is obvious.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import { admitted } from './relevance.ts';
import type { MatchTerm, Mention } from './types.ts';

interface PackTerm extends MatchTerm {
  readonly examples: readonly { text: string; lang: string; expect: readonly string[] }[];
  readonly nearMisses: readonly { text: string; lang: string; why: string }[];
}

const packUrl = new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url);
const terms = (JSON.parse(readFileSync(packUrl, 'utf8')) as { terms: PackTerm[] }).terms;
const compiled = compileMatcher(terms);
// As the page scanner runs it: ignorables (soft hyphens, zero-width non-joiners) removed, offsets mapped back.
const matcher = {
  find(original: string): Mention[] {
    const { text, map } = normalizeForMatch(original);
    return compiled.find(text).map((m) => {
      const [start, end] = toOriginalRange(map, m.start, m.end);
      return { ...m, start, end };
    });
  },
};

function describeFound(text: string, found: readonly Mention[]): string {
  return found.length ? found.map((m) => `${m.termId}:"${text.slice(m.start, m.end)}"(${m.strength})`).join(', ') : 'nothing';
}

describe('the shipped pack’s terms', () => {
  it('has examples and near-misses for every term', () => {
    expect(terms.length).toBeGreaterThanOrEqual(10);
    for (const term of terms) {
      expect(term.examples.length, `${term.id} has no examples`).toBeGreaterThan(0);
      expect(term.nearMisses.length, `${term.id} has no near-misses`).toBeGreaterThan(0);
    }
  });

  for (const term of terms) {
    describe(term.id, () => {
      for (const example of term.examples) {
        it(`matches exactly ${JSON.stringify(example.expect)} in "${example.text}"`, () => {
          const found = matcher.find(example.text);
          const ofTerm = found.filter((m) => m.termId === term.id).map((m) => example.text.slice(m.start, m.end));
          expect(ofTerm, `term ${term.id}, example "${example.text}": found ${describeFound(example.text, found)}`)
            .toEqual(example.expect);
        });
      }
      for (const miss of term.nearMisses) {
        it(`keeps "${miss.text}" dark (${miss.why})`, () => {
          const found = matcher.find(miss.text);
          const visible = admitted(found).filter((m) => m.termId === term.id);
          expect(visible, `term ${term.id}, near-miss "${miss.text}" (${miss.why}): found ${describeFound(miss.text, found)}`)
            .toEqual([]);
        });
      }
    });
  }
});
