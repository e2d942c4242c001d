// findWithin (issue 23): a text holding many variants' openings makes the matcher run many expressions for
// the first time (each run compiles one), which held one slice of the dense-page benchmark. Counted, not timed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import type { MatchTerm } from './types.ts';

const packFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/packs/cnn-2018-uk-xinjiang.json');
const terms = (JSON.parse(readFileSync(packFile, 'utf8')) as { terms: MatchTerm[] }).terms;
/** Every variant of the shipped pack once, each in a line of its own. */
const text = terms.flatMap((t) => t.variants.map((v) => `A line about ${v.text} here.`)).join('\n');

describe('findWithin', () => {
  it('runs at most one expression for the first time per call once time is up, and ends with what find gives', () => {
    const reference = compileMatcher(terms).find(text);
    expect(reference.length).toBeGreaterThan(100);
    const matcher = compileMatcher(terms);
    const perCall: number[] = [];
    let found: ReturnType<typeof matcher.findWithin> = null;
    for (let calls = 0; found === null && calls < 5000; calls++) {
      const before = matcher.compiled;
      found = matcher.findWithin(text, () => true);
      perCall.push(matcher.compiled - before);
    }
    expect(found).toEqual(reference);
    // Hundreds of expressions compiled, one call at a time: find alone compiles them all in one call.
    expect(matcher.compiled).toBeGreaterThan(100);
    expect(Math.max(...perCall)).toBe(1);
    expect(perCall.length).toBeGreaterThan(100);
  });

  it('stops nowhere while time is left, and once every expression has run twice, stops no more', () => {
    const matcher = compileMatcher(terms);
    expect(matcher.findWithin(text, () => false)).toEqual(compileMatcher(terms).find(text));
    const compiled = matcher.compiled;
    // Each expression's second run (a second compilation, to machine code) is spread too: one more pass.
    for (let calls = 0; calls < 5000 && matcher.findWithin(text, () => true) === null; calls++);
    expect(matcher.findWithin(text, () => true)).toEqual(matcher.find(text));
    expect(matcher.compiled).toBe(compiled);
  });
});
