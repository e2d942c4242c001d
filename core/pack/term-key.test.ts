import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../match/plan-matcher.ts';
import { loadPack } from './load-pack.ts';
import { readPackIndex } from './pack-index.ts';
import { LEGACY_PACK_ID, TERM_KEY, keyedTerms, refOfKey, splitTermKey, termKey } from './term-key.ts';

const read = (url: URL) => {
  const result = loadPack(readFileSync(url, 'utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
};
const shipped = read(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url));
const fixture = read(new URL('../../test-fixtures/packs/fixture-harbour-2020.json', import.meta.url));

describe('pack-qualified term keys', () => {
  it('joins and splits a pack id and a term id', () => {
    expect(termKey('cnn-2018-uk-xinjiang', 'xinjiang')).toBe('cnn-2018-uk-xinjiang/xinjiang');
    expect(splitTermKey('fixture-harbour-2020/cerd')).toEqual({ packId: 'fixture-harbour-2020', termId: 'cerd' });
    for (const bad of ['xinjiang', '/xinjiang', 'pack/', 'a/b/c', 'Pack/term', 'p/<b>', `p/${'x'.repeat(65)}`]) expect(splitTermKey(bad), bad).toBeNull();
    expect(refOfKey('p/t')).toEqual({ key: 'p/t', packId: 'p', termId: 't' });
    expect(refOfKey('t')).toEqual({ key: 't', packId: '', termId: 't' });
  });

  it('names the shipped pack as the one bare ids belonged to', () => {
    expect(shipped.id).toBe(LEGACY_PACK_ID);
    expect(readPackIndex(readFileSync(new URL('../../public/packs/index.json', import.meta.url), 'utf8'))).toEqual([LEGACY_PACK_ID]);
  });

  it('keys every term of every pack, so two packs may share a term id', () => {
    const terms = keyedTerms([shipped, fixture, shipped]);
    expect(terms).toHaveLength(shipped.terms.length + fixture.terms.length);
    expect(terms.every((t) => TERM_KEY.test(t.id))).toBe(true);
    expect(terms.map((t) => t.id)).toContain('cnn-2018-uk-xinjiang/cerd');
    expect(terms.map((t) => t.id)).toContain('fixture-harbour-2020/cerd');
    // The packs' own terms are not changed.
    expect(fixture.terms.map((t) => t.id)).toEqual(['tidewater-barrier', 'cerd']);
  });
});

describe('the fixture pack (tests only)', () => {
  it('is a valid format-2 pack that shares a term id with the shipped pack but is not shipped', () => {
    expect(fixture.formatVersion).toBe(2);
    const shared = fixture.terms.filter((t) => shipped.terms.some((s) => s.id === t.id)).map((t) => t.id);
    expect(shared).toEqual(['cerd']);
    expect(readFileSync(new URL('../../public/packs/index.json', import.meta.url), 'utf8')).not.toContain(fixture.id);
  });

  it('matches its own examples, and with the shipped pack each term under its own key', () => {
    const matcher = compileMatcher(keyedTerms([shipped, fixture]));
    for (const term of fixture.terms) {
      for (const example of term.examples ?? []) {
        expect(matcher.find(example.text).map((m) => [example.text.slice(m.start, m.end), m.termId])).toEqual(example.expect.map((text) => [text, termKey(fixture.id, term.id)]));
      }
    }
    const text = 'The Committee on the Elimination of Racial Discrimination met; the Coastal Erosion Research Directorate did not.';
    expect(matcher.find(text).map((m) => m.termId)).toEqual(['cnn-2018-uk-xinjiang/cerd', 'fixture-harbour-2020/cerd']);
  });
});

describe('readPackIndex', () => {
  it('reads the listed pack ids once each, and refuses anything else', () => {
    expect(readPackIndex('{"packs":["a","b","a"]}')).toEqual(['a', 'b']);
    for (const bad of ['', 'null', '[]', '{"packs":"a"}', '{"packs":["../x"]}', '{"packs":["A"]}', JSON.stringify({ packs: Array.from({ length: 101 }, (_, i) => `p${i}`) })]) {
      expect(readPackIndex(bad), bad).toBeNull();
    }
  });
});
