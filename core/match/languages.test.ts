// Runs the language table in docs/languages.md through the shipped pack's matcher, as the page scanner
// runs it: each example sentence must light, with its listed mention highlighted exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import type { MatchTerm } from './types.ts';

const terms = (JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as { terms: MatchTerm[] }).terms;
const matcher = compileMatcher(terms);
const table = readFileSync(new URL('../../docs/languages.md', import.meta.url), 'utf8');

interface Row {
  readonly tag: string;
  readonly language: string;
  readonly sentence: string;
  readonly mention: string;
}

const rows: Row[] = table
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| tag ') && !line.startsWith('| ---'))
  .map((line) => {
    const [tag = '', language = '', sentence = '', mention = ''] = line.slice(2, -2).split(' | ');
    return { tag, language, sentence, mention };
  });

/** The highlighted substrings of `original`, with whether any is strong (the page lights). */
function scan(original: string): { shown: string[]; lit: boolean } {
  const { text, map } = normalizeForMatch(original);
  const found = matcher.find(text);
  const shown = found.map((m) => {
    const [s, e] = toOriginalRange(map, m.start, m.end);
    return original.slice(s, e);
  });
  return { shown, lit: found.some((m) => m.strength === 'strong') };
}

describe('docs/languages.md', () => {
  it('lists at least 30 languages and scripts, each once', () => {
    const tags = rows.map((r) => r.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(tags.length).toBeGreaterThanOrEqual(30);
  });

  for (const row of rows) {
    it(`${row.language} (${row.tag}): lights "${row.sentence}" and highlights "${row.mention}"`, () => {
      expect(row.sentence).toContain(row.mention);
      const { shown, lit } = scan(row.sentence);
      expect(lit, `${row.tag}: no strong mention in ${JSON.stringify(shown)}`).toBe(true);
      expect(shown).toContain(row.mention);
    });
  }
});
