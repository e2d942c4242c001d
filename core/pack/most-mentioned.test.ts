import { describe, expect, it } from 'vitest';
import { mostMentionedPack } from './most-mentioned.ts';

const pack = (id: string, ...terms: string[]) => ({ id, terms: terms.map((t) => ({ id: t })) });
const a = pack('a', 'xinjiang', 'kashgar');
const b = pack('b', 'hotan', 'urumqi');

describe('mostMentionedPack', () => {
  it('picks the pack whose terms the page mentions most', () => {
    expect(mostMentionedPack([a, b], { xinjiang: 1, hotan: 2, urumqi: 1 })).toBe(b);
    expect(mostMentionedPack([a, b], { xinjiang: 3, kashgar: 1, hotan: 2 })).toBe(a);
  });

  it('keeps the earlier pack on a tie and with no mentions, and has none without packs', () => {
    expect(mostMentionedPack([b, a], { xinjiang: 1, hotan: 1 })).toBe(b);
    expect(mostMentionedPack([a, b], {})).toBe(a);
    expect(mostMentionedPack([], { xinjiang: 1 })).toBeUndefined();
  });
});
