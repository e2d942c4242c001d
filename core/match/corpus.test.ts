// Golden texts (../shared/corpus/topic, written by others): every listed mention of a positive text is
// covered by a found mention, and every negative text stays dark under page relevance. Mentions this pack
// deliberately does not match, and labels it disagrees with, are listed below with the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { compileMatcher } from './compile-terms.ts';
import { detentionMatcher, regionSense, speaksOfDetention } from './region-topic.ts';
import { Relevance, admitted } from './relevance.ts';
import type { MatchTerm, MatchVariant, Mention } from './types.ts';

interface CorpusEntry {
  readonly file: string;
  readonly label: 'pos' | 'neg';
  readonly mentions: readonly string[];
}

/** Listed mentions outside this pack's terms, by file: each with the reason it is not matched. */
const NOT_TERMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '004': { 'August 2018': 'a date, not a term' },
  '005': { Ghulja: 'other Xinjiang towns are not terms of this pack' },
  '010': {
    'East Turk stan': 'text damaged by PDF extraction (every "i" lost); not matched on purpose',
    'U ghur Turks': 'damaged text',
    'nternment camps': 'damaged text',
    'Doğu Türk stan': 'damaged text',
  },
  '011': { '盖伊·麦克杜格尔': 'Gay McDougall (CERD member) is not a term of this pack' },
  '022': { '«goulag» pour musulmans': 'a figure of speech, not a term' },
  '025': { '«центров»': 'bare "centres"', Хотане: 'other Xinjiang towns are not terms of this pack' },
  '031': { 'جاي مكدوجل': 'Gay McDougall is not a term of this pack' },
  '032': { المعسكرات: 'bare "the camps" is too generic' },
  '034': { '“йеңи гулаг”': 'a figure of speech ("new gulag"), not a term' },
  '035': { 'Geng Shuang': 'another spokesman, not in the source article' },
  '036': { 'Agustus 2018': 'a date, not a term' },
};

/** Negative texts this pack lights up on purpose, with the only terms allowed to do it: strong place names,
 * which show with neutral cards in a text that is not about detention (docs/relevance.md). */
const DISAGREES: Readonly<Record<string, { termIds: readonly string[]; why: string }>> = {
  '051': {
    termIds: ['xinjiang', 'urumqi'],
    why: 'names the region (新疆维吾尔自治区) and its capital (乌鲁木齐), place names strong by design (issues 3 and 22)',
  },
};

const pack = JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as {
  terms: MatchTerm[];
  detentionWords: MatchVariant[];
};
const matcher = compileMatcher(pack.terms);
const detentionWords = detentionMatcher([pack]);

/** What a text shows as one region: strong mentions, and weak ones when it speaks of detention (issue 22). */
function shownIn(text: string): readonly Mention[] {
  return admitted(matcher.find(text), regionSense(text, detentionWords));
}

/** True when some occurrence of `needle` in `text` overlaps a found mention. */
function covered(text: string, needle: string, found: readonly Mention[]): boolean {
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (found.some((m) => m.start < i + needle.length && m.end > i)) return true;
  }
  return false;
}

describeWithShared('the topic corpus', (shared) => {
  const dir = join(shared, 'corpus', 'topic');
  const entries = readFileSync(join(dir, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusEntry);

  it('holds both positive and negative texts', () => {
    expect(entries.filter((e) => e.label === 'pos').length).toBeGreaterThan(20);
    expect(entries.filter((e) => e.label === 'neg').length).toBeGreaterThan(10);
  });

  for (const entry of entries) {
    const key = entry.file.slice(0, 3);
    if (entry.label === 'pos') {
      it(`finds every listed mention in ${entry.file} and lights it up`, () => {
        const text = readFileSync(join(dir, entry.file), 'utf8');
        const found = shownIn(text);
        const relevance = new Relevance<Mention>();
        for (const m of found) relevance.note(m);
        expect(relevance.relevant, `${entry.file} has no strong mention`).toBe(true);
        const excused = NOT_TERMS[key] ?? {};
        const missing = entry.mentions.filter((m) => !(m in excused) && !covered(text, m, found));
        expect(missing, `${entry.file}: listed mentions not found`).toEqual([]);
        // An excuse must stay necessary: once the pack matches a mention, drop its excuse.
        const needless = Object.keys(excused).filter((m) => covered(text, m, found));
        expect(needless, `${entry.file}: excused mentions that are now found`).toEqual([]);
      });
    } else if (DISAGREES[key]) {
      const { termIds, why } = DISAGREES[key];
      it(`lights ${entry.file} only through ${termIds.join(' and ')}, with neutral cards, a known disagreement: ${why}`, () => {
        const text = readFileSync(join(dir, entry.file), 'utf8');
        const strong = matcher.find(text).filter((m) => m.strength === 'strong');
        expect(new Set(strong.map((m) => m.termId))).toEqual(new Set(termIds));
        // Not about detention: no weak term shows, and the place names get the neutral card.
        expect(speaksOfDetention(text, detentionWords)).toBe(false);
        expect(shownIn(text).filter((m) => m.strength === 'weak')).toEqual([]);
      });
    } else {
      it(`keeps ${entry.file} dark`, () => {
        const text = readFileSync(join(dir, entry.file), 'utf8');
        const visible = shownIn(text);
        const shown = visible.map((m) => `${m.termId}:"${text.slice(m.start, m.end)}"`);
        expect(shown, `${entry.file} lights up`).toEqual([]);
      });
    }
  }
});
