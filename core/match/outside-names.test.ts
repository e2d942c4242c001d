// Names the source article never prints (issue 22: Ürümqi, Chen Quanguo, the China Cables, Karakax): how
// they light and where they must not, in sentences written for this test and run through the shipped pack
// as the page scanner runs them; and what their cards may say, checked against the source's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithShared } from '../test-support/shared-dir.ts';
import { commonWordsOf } from './common-words.ts';
import { compileMatcher } from './compile-terms.ts';
import { normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';
import { detentionMatcher, speaksOfDetention } from './region-topic.ts';
import { admitted } from './relevance.ts';
import type { MatchTerm, MatchVariant } from './types.ts';

interface PackTerm extends MatchTerm {
  readonly note: readonly { text: string; evidence: readonly { kind: string; sourceId?: string }[] }[];
  readonly quoteIds: readonly string[];
  readonly eventIds: readonly string[];
}

const pack = JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')) as {
  terms: PackTerm[];
  detentionWords: MatchVariant[];
  background: { id: string; url?: string }[];
  commonWords: string[];
};
const matcher = compileMatcher(pack.terms);
const words = detentionMatcher([pack]);

/** What one region holding only `original` shows (`term:text`), and whether it is about detention. */
function region(original: string): { about: boolean; shown: string[] } {
  const { text, map } = normalizeForMatch(original);
  const about = speaksOfDetention(text, words);
  const shown = admitted(matcher.find(text), about).map((m) => {
    const [s, e] = toOriginalRange(map, m.start, m.end);
    return `${m.termId}:${original.slice(s, e)}`;
  });
  return { about, shown };
}

describe('the China Cables: the leak, not cables made in China', () => {
  it('lights a report on the leak, about detention, so its card is the source\'s', () => {
    const r = region('The China Cables, leaked to the ICIJ, show how detainees are held in the camps of Xinjiang.');
    expect(r.about).toBe(true);
    expect(r.shown).toEqual(['china-cables:China Cables', 'xinjiang:Xinjiang']);
  });

  it('keeps trade and telecom news dark, even beside Xinjiang', () => {
    expect(region('Exports of China cables and wires rose 8% in May as operators expanded fibre networks.').shown).toEqual([]);
    expect(region('Xinjiang solar farms bought more China cables this year, the cable makers said.').shown).toEqual([
      'xinjiang:Xinjiang',
    ]);
  });

  it('reads 中国电文 as the leak only beside a strong term in a region about detention', () => {
    expect(region('这份中国电文稿件已经译出。').shown).toEqual([]);
    expect(region('“中国电文”披露了新疆再教育营的运作方式。').shown).toEqual([
      'china-cables:中国电文',
      'xinjiang:新疆',
      'reeducation-camps:再教育营',
    ]);
  });
});

describe('Karakax: the county, not black jade', () => {
  it('never reads 墨玉 (black jade) as the county, even in a text about Hotan jade from Xinjiang', () => {
    expect(region('这款墨玉手镯选用和田墨玉雕刻而成，质地细腻。').shown).toEqual([]);
    expect(region('新疆和田出产白玉和墨玉，这款墨玉吊坠售价三千元。').shown).toEqual(['xinjiang:新疆']);
  });

  it('lights 墨玉县 and Karakax, and in a report on the camps the camp terms beside them', () => {
    expect(region('墨玉县的农民正在采摘核桃。').shown).toEqual(['karakax:墨玉县']);
    const r = region('Leaked records list why residents of Karakax were sent to re-education camps.');
    expect(r.about).toBe(true);
    expect(r.shown).toEqual(['karakax:Karakax', 'reeducation-camps:re-education camps']);
  });

  it('reads Каракаш (also a surname) only beside a strong term', () => {
    expect(region('Полузащитник Каракаш забил второй гол.').shown).toEqual([]);
    // Weak: it shows where a strong term is and the region speaks of detention, as a camp term does.
    expect(region('Журналистов возили в «центры» в Кашгаре и Каракаше.').shown).toEqual(['kashgar:Кашгаре']);
    const r = region('Уйгуров из Каракаша удерживают в лагерях, сообщают из Синьцзяна.');
    expect(r.about).toBe(true);
    expect(r.shown).toContain('karakax:Каракаша');
  });
});

describe('Chen Quanguo', () => {
  it('lights alone, and releases the camp terms of a report about him', () => {
    const r = region('Under Chen Quanguo, Uyghurs were detained in what officials called vocational training centres.');
    expect(r.about).toBe(true);
    expect(r.shown).toEqual(['chen-quanguo:Chen Quanguo', 'uyghur:Uyghurs', 'vocational-centres:vocational training centres']);
    expect(region('陳全國出席了會議。').shown).toEqual(['chen-quanguo:陳全國']);
  });

  it('is a name: lower case and other Chens stay dark', () => {
    expect(region('chen quanguo; Chen Quan and Guo Jing').shown).toEqual([]);
  });
});

describe('the pre-check (which wakes the scanner on a page)', () => {
  const planned = compileMatcher(pack.terms, commonWordsOf([pack]));

  it('is not woken by "county" alone: Moyu County is anchored on Moyu', () => {
    expect(planned.quickCheckStrong('Orange County fair opens on Friday.')).toBe(false);
    expect(planned.quickCheckStrong('Officials in Moyu County said so.')).toBe(true);
  });
});

describeWithShared('cards for names the source never prints', (shared) => {
  const article = readFileSync(join(shared, 'seed', 'article.txt'), 'utf8');
  const named = new Set(matcher.find(normalizeForMatch(article).text).map((m) => m.termId));
  const unnamed = pack.terms.filter((t) => !named.has(t.id));

  it('are the four outside-sourced terms', () => {
    expect(unnamed.map((t) => t.id)).toEqual(['urumqi', 'chen-quanguo', 'china-cables', 'karakax']);
  });

  it('link no quotation or event of the source, and rest every note sentence on background only', () => {
    const sources = new Map(pack.background.map((b) => [b.id, b]));
    for (const term of unnamed) {
      expect(term.quoteIds, term.id).toEqual([]);
      expect(term.eventIds, term.id).toEqual([]);
      for (const sentence of term.note) {
        expect(sentence.evidence.length, `${term.id}: ${sentence.text}`).toBeGreaterThan(0);
        for (const ev of sentence.evidence) {
          expect(ev.kind, `${term.id}: ${sentence.text}`).toBe('background');
          // An outside source a reader can look up.
          expect(sources.get(ev.sourceId ?? '')?.url, `${term.id}: ${ev.sourceId}`).toMatch(/^https:\/\//);
        }
      }
    }
  });
});
