// Each language's inflection rule finds the examples it lists, exactly, through the shipped matcher.
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../plan-matcher.ts';
import type { Inflection } from '../types.ts';
import { INFLECTIONS } from './index.ts';

describe('inflection rules', () => {
  for (const [name, rule] of Object.entries(INFLECTIONS) as [Inflection, (typeof INFLECTIONS)[Inflection]][]) {
    if (name !== 'none') {
      it(`${name} lists examples`, () => expect(rule.examples.length).toBeGreaterThan(0));
    }
    for (const example of rule.examples) {
      it(`${name}: "${example.variant}" finds ${JSON.stringify(example.found)} in "${example.text}"`, () => {
        const matcher = compileMatcher([{ id: 't', strength: 'strong', caseSensitive: false, variants: [{ text: example.variant, inflection: name }] }]);
        expect(matcher.find(example.text).map((m) => example.text.slice(m.start, m.end))).toEqual(example.found);
      });
    }
  }

  it('finds an uninflected variant only as written', () => {
    const matcher = compileMatcher([{ id: 't', strength: 'strong', caseSensitive: false, variants: [{ text: 'Kashgar', inflection: 'none' }] }]);
    const text = 'Kashgar, Kashgars';
    expect(matcher.find(text).map((m) => text.slice(m.start, m.end))).toEqual(['Kashgar']);
  });
});
