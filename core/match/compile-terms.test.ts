import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile-terms.ts';
import type { MatchTerm, MatchVariant } from './types.ts';

function term(id: string, variants: MatchVariant[], opts: Partial<MatchTerm> = {}): MatchTerm {
  return { id, strength: 'strong', caseSensitive: false, variants, ...opts };
}

/** The matched substrings, in order, as `termId:text`. */
function hits(terms: MatchTerm[], text: string): string[] {
  return compileMatcher(terms).find(text).map((m) => `${m.termId}:${text.slice(m.start, m.end)}`);
}

const region = term('xj', [
  { text: 'Xinjiang', inflection: 'de' },
  { text: 'Xinjiang Uyghur Autonomous Region', inflection: 'en' },
  { text: '新疆', notBefore: '更', notAfter: '界' },
]);
const people = term('ug', [{ text: 'Uyghur', inflection: 'en' }, { text: 'Uygur', inflection: 'tr', strength: 'weak' }]);

describe('compileMatcher', () => {
  it('prefers the longest variant at a position and never returns overlapping mentions', () => {
    expect(hits([people, region], 'In the Xinjiang Uyghur Autonomous Region, Uyghurs live.')).toEqual([
      'xj:Xinjiang Uyghur Autonomous Region',
      'ug:Uyghurs',
    ]);
  });

  it('returns offsets into the original string when text holds İ and decomposed letters', () => {
    const t = term('tr', [{ text: 'Doğu Türkistan', inflection: 'tr' }]);
    const text = 'x DOG\u0306U TU\u0308RKİSTAN’DA y';
    const [m] = compileMatcher([t]).find(text);
    expect(m && text.slice(m.start, m.end)).toBe('DOG\u0306U TU\u0308RKİSTAN’DA');
    expect(m?.start).toBe(2);
  });

  it('finds a variant that opens with punctuation in text whose only non-Latin characters are punctuation', () => {
    // The other-script finder is skipped for such text, so only variants opening with a letter of another
    // script may be in it.
    const quoted = term('q', [{ text: '“re-education”' }], { strength: 'weak' });
    const cyrillic = term('ru', [{ text: 'Синьцзян', inflection: 'ru' }]);
    expect(hits([quoted, cyrillic], 'So-called “re-education” — in Синьцзяне.')).toEqual(['q:“re-education”', 'ru:Синьцзяне']);
    expect(hits([quoted, cyrillic], 'So-called “re-education” — a camp.')).toEqual(['q:“re-education”']);
  });

  it('matches names case-sensitively and other terms case-insensitively', () => {
    const name = term('wy', [{ text: 'Wang Yi' }], { caseSensitive: true, strength: 'weak' });
    expect(hits([name, region], 'WANG YI, wang yi and Wang Yi in XINJIANG')).toEqual(['wy:Wang Yi', 'xj:XINJIANG']);
  });

  it('matches whole words only, not inside longer words', () => {
    expect(hits([people], 'Uyghurche, preUyghur, Uyghurist')).toEqual([]);
  });

  it('tolerates line breaks, no-break spaces, hyphens and typographic apostrophes', () => {
    const t = term('re', [{ text: 're-education camp', inflection: 'en' }]);
    expect(hits([t], 'reeducation camps; re\u2011\neducation\u00a0camp’s; re education  camps')).toEqual([
      're:reeducation camps',
      're:re\u2011\neducation\u00a0camp’s',
      're:re education  camps',
    ]);
  });

  it('applies Russian, Turkish, German and Arabic inflection rules', () => {
    const terms = [
      term('ru', [{ text: 'лагерь перевоспитания', inflection: 'ru' }]),
      term('tr', [{ text: 'Sincan', inflection: 'tr' }]),
      term('de', [{ text: 'Uigur', inflection: 'de' }]),
      term('ar', [{ text: 'أويغور', inflection: 'ar' }]),
    ];
    expect(hits(terms, 'в лагерях перевоспитания; Sincan’daki; Uigurenlager; وللأويغوريين')).toEqual([
      'ru:лагерях перевоспитания',
      'tr:Sincan’daki',
      'de:Uigurenlager',
      'ar:وللأويغوريين',
    ]);
  });

  it('matches a German variant that ends a compound and covers the whole compound', () => {
    const t = term('re', [{ text: 'Umerziehung', inflection: 'de' }]);
    expect(hits([t], 'Zwangsumerziehungslager, Zwangs-Umerziehung und Umerziehungszentren')).toEqual([
      're:Zwangsumerziehungslager',
      're:Umerziehung',
      're:Umerziehungszentren',
    ]);
  });

  it('keeps variants of other languages, and capitalised joins, out of compounds', () => {
    const de = term('de', [{ text: 'Uigur', inflection: 'de' }]);
    expect(hits([people, de], 'preuyghurs, KAUIGUREN, Exiluiguren')).toEqual(['de:Exiluiguren']);
  });

  it('does not match a CJK variant across a word boundary set by notBefore or notAfter', () => {
    expect(hits([region], '更新疆界，新疆，全新疆')).toEqual(['xj:新疆', 'xj:新疆']);
  });

  it('rejects a variant followed by a notAfter character even when a suffix rule would allow it', () => {
    const t = term('ug', [{ text: 'ئۇيغۇر', inflection: 'tr', notAfter: 'چ' }]);
    expect(hits([t], 'ئۇيغۇرچە ئۇيغۇرلار')).toEqual(['ug:ئۇيغۇرلار']);
  });

  describe('exclusions', () => {
    const withExclusions = term('ug', [{ text: 'Uyghur', inflection: 'en' }], {
      exclusions: [
        { text: 'Uyghur Khaganate', inflection: 'en' },
        { text: 'Old Uyghur', inflection: 'en' },
        { text: 'Yellow Uyghur', inflection: 'en' },
      ],
    });

    it('drops a mention inside a longer excluded phrase that starts with it or before it', () => {
      expect(hits([withExclusions], 'The Uyghur Khaganate, the Old Uyghur script and the Yellow Uyghurs.')).toEqual([]);
    });

    it('keeps the mentions outside an excluded phrase, before and after it', () => {
      expect(hits([withExclusions, region], 'Uyghurs in Xinjiang study the Old Uyghur script; Uyghur families')).toEqual([
        'ug:Uyghurs',
        'xj:Xinjiang',
        'ug:Uyghur',
      ]);
    });

    it('needs the whole phrase: a mention next to part of one stays', () => {
      expect(hits([withExclusions], 'an Uyghur Khagan; the Old Uyghurish; Yellow, Uyghur')).toEqual(['ug:Uyghur', 'ug:Uyghur']);
    });

    it('wins a tie with a variant of the same length, and loses to a longer variant', () => {
      const t = term('ug', [{ text: 'Uyghur', inflection: 'de' }, { text: 'Uyghur Khaganate today', inflection: 'none' }], {
        exclusions: [{ text: 'Uyghurkhaganate', inflection: 'none' }, { text: 'Uyghur Khaganate', inflection: 'none' }],
      });
      expect(hits([t], 'Uyghurkhaganate; Uyghur Khaganate today')).toEqual(['ug:Uyghur Khaganate today']);
    });

    it('never makes a text pass the pre-check on its own', () => {
      const m = compileMatcher([term('ks', [{ text: 'Kashgar', inflection: 'none' }], { exclusions: [{ text: 'Hamza Kashgari', inflection: 'none' }] })]);
      expect(m.quickCheck('Hamza')).toBe(false);
      expect(m.quickCheck('Hamza Kashgari')).toBe(true);
      expect(m.find('Hamza Kashgari')).toEqual([]);
    });

    it('counts the exclusions it meets, so a page without one is never judged for another sense', () => {
      const m = compileMatcher([term('ks', [{ text: 'Kashgar', inflection: 'none' }], { exclusions: [{ text: 'Hamza Kashgari', inflection: 'none' }] })]);
      m.find('The bazaar of Kashgar.');
      expect(m.exclusionsSeen).toBe(0);
      m.find('Hamza Kashgari, and Hamza Kashgari again, visited Kashgar.');
      expect(m.exclusionsSeen).toBe(2);
    });

    it('follows the term’s case rule', () => {
      const names = term('hunt', [{ text: 'Hunt', inflection: 'none' }], { caseSensitive: true, exclusions: [{ text: 'Hunt Museum', inflection: 'none' }] });
      expect(hits([names], 'the Hunt Museum, the hunt museum, Hunt said')).toEqual(['hunt:Hunt']);
    });
  });

  it('gives a variant’s own strength when it overrides the term’s', () => {
    const found = compileMatcher([people]).find('Cenk Uygur and the Uyghurs');
    expect(found.map((m) => m.strength)).toEqual(['weak', 'strong']);
  });

  it('passes quickCheck for text with a mention and fails it for unrelated text', () => {
    const m = compileMatcher([people, region]);
    expect(m.quickCheck('The weather in Paris is mild today.')).toBe(false);
    expect(m.quickCheck('Reports from XINJIANG')).toBe(true);
    expect(m.quickCheck('新疆')).toBe(true);
  });

  it('passes quickCheck when a case-sensitive "ii" looks like part of another anchor’s [iİ] class', () => {
    // Found by the property test: anchors were compared as lower-cased source, where "c[iİ]cc" holds "ii".
    const terms = [
      term('t0', [{ text: 'ii', inflection: 'en', strength: 'weak' }], { caseSensitive: true }),
      term('t1', [{ text: 'c bi-cicc', inflection: 'none' }]),
    ];
    const m = compileMatcher(terms);
    const text = 'c\n  bİ cİcc’';
    expect(m.find(text).map((f) => text.slice(f.start, f.end))).toEqual(['c\n  bİ cİcc']);
    expect(m.quickCheck(text)).toBe(true);
  });

  it('passes quickCheckStrong for a strong mention and fails it for text with weak ones only', () => {
    const m = compileMatcher([people, region]);
    expect(m.quickCheck('Cenk Uygur spoke')).toBe(true);
    expect(m.quickCheckStrong('Cenk Uygur spoke')).toBe(false);
    expect(m.quickCheckStrong('the Uyghurs of XİNJİANG')).toBe(true);
    expect(m.quickCheckStrong('新疆')).toBe(true);
  });

  it('passes quickCheckStrong whenever it finds a strong mention, whatever the strengths', () => {
    const texts = ['Xinjiang', 'Uyghur', 'Uygur', 'Sincan', 'Ürümqi', 'internment camps', 're-education', '新疆', 'Синьцзян'];
    const noise = fc.constantFrom(' ', 'x', 'İ', '-', 'e\u0301', '’s ', 'ia', 'in');
    const piece = fc.oneof(noise, fc.constantFrom(...texts));
    const terms = fc.array(fc.tuple(fc.subarray(texts, { minLength: 1 }), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((list) => list.map(([variants, strong, cs], i) => term(`t${i}`, variants.map((text) => ({ text, inflection: 'en' as const })), { strength: strong ? 'strong' : 'weak', caseSensitive: cs })));
    fc.assert(
      fc.property(terms, fc.array(piece, { maxLength: 8 }), (ts, pieces) => {
        const m = compileMatcher(ts);
        const t = pieces.join('');
        if (m.find(t).some((f) => f.strength === 'strong')) expect(m.quickCheckStrong(t)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same empty result for every text without mentions', () => {
    const m = compileMatcher([people, region]);
    expect(m.find('nothing here')).toBe(m.find('nor here'));
    expect(m.find('nothing here')).toHaveLength(0);
  });

  it('compiles an empty term list into a matcher that finds nothing', () => {
    const m = compileMatcher([]);
    expect(m.quickCheck('Xinjiang')).toBe(false);
    expect(m.find('Xinjiang')).toEqual([]);
  });
});
