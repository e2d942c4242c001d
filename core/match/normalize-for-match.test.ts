import { describe, expect, it } from 'vitest';
import { hasIgnorable, normalizeForMatch, toOriginalRange } from './normalize-for-match.ts';

describe('normalizeForMatch', () => {
  it('removes soft hyphens and zero-width characters and maps offsets back to the original', () => {
    const original = 'in Xin\u00ADji\u200Bang\u2060 now';
    const { text, map } = normalizeForMatch(original);
    expect(text).toBe('in Xinjiang now');
    const start = text.indexOf('Xinjiang');
    const [s, e] = toOriginalRange(map, start, start + 'Xinjiang'.length);
    expect(original.slice(s, e)).toBe('Xin\u00ADji\u200Bang');
  });

  it('returns the text itself and no map when nothing is ignorable', () => {
    const original = 'plain text';
    const result = normalizeForMatch(original);
    expect(result.text).toBe(original);
    expect(result.map).toBeNull();
    expect(toOriginalRange(result.map, 2, 5)).toEqual([2, 5]);
  });

  it('detects each ignorable character', () => {
    for (const ch of ['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']) {
      expect(hasIgnorable(`a${ch}b`), `U+${ch.charCodeAt(0).toString(16)}`).toBe(true);
    }
    expect(hasIgnorable('a-b c')).toBe(false);
  });

  it('maps a range at the very end, after trailing ignorables were removed', () => {
    const original = '\uFEFFab\u200B';
    const { text, map } = normalizeForMatch(original);
    expect(text).toBe('ab');
    expect(toOriginalRange(map, 0, 2)).toEqual([1, 3]);
    expect(map?.[2]).toBe(original.length);
  });
});
