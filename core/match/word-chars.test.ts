import { describe, expect, it } from 'vitest';
import { WORD_CLASS, foldCode, isWordChar } from './word-chars.ts';

// Every UTF-16 unit once, in order: index i holds unit i.
const ALL_UNITS = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i)).join('');

describe('isWordChar', () => {
  it('agrees with WORD_CLASS on every UTF-16 unit', () => {
    const re = new RegExp(WORD_CLASS);
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWordChar(String.fromCharCode(c)) !== re.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('foldCode', () => {
  // Pattern characters from the scripts the pack is written in, and the usual traps of case folding.
  const patternChars = [...'azAZ09.KkSsıİiIßſÿŸéÉçğöşüäÄåæøœΣσςΩωЖжЁёӘәҮүْ新疆ウイ', 'K', 'ǅ', 'ǆ', 'Ǆ', 'ﬀ'];

  it('gives every unit that an `i`-flag literal matches the key of the literal', () => {
    for (const d of patternChars) {
      const re = new RegExp(d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
      const mismatched = [...ALL_UNITS.matchAll(re)].map((m) => m.index!).filter((c) => foldCode(c) !== foldCode(d.charCodeAt(0)));
      expect(mismatched, `pattern ${d}`).toEqual([]);
    }
  });

  it('takes İ as I (variants write i as [iİ]) and keeps ı apart, as the engine does', () => {
    expect(foldCode(0x130)).toBe(foldCode('i'.charCodeAt(0)));
    expect(foldCode('I'.charCodeAt(0))).toBe(foldCode('i'.charCodeAt(0)));
    expect(foldCode(0x131)).not.toBe(foldCode('i'.charCodeAt(0)));
    expect(foldCode('ж'.charCodeAt(0))).toBe(foldCode('Ж'.charCodeAt(0)));
    expect(foldCode('x'.charCodeAt(0))).not.toBe(foldCode('y'.charCodeAt(0)));
  });
});
