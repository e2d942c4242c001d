import { describe, expect, it } from 'vitest';
import { mostMentionedPack } from './most-mentioned.ts';

const pack = (id: string, ...terms: string[]) => ({ id, terms: terms.map((t) => ({ id: t })) });
const a = pack('a', 'xinjiang', 'kashgar');
const b = pack('b', 'hotan', 'urumqi');

describe('mostMentionedPack', () => {
  it('picks the pack whose terms the page mentions most', () => {
    expect(mostMentionedPack([a, b], { 'a/xinjiang': 1, 'b/hotan': 2, 'b/urumqi': 1 })).toBe(b);
    expect(mostMentionedPack([a, b], { 'a/xinjiang': 3, 'a/kashgar': 1, 'b/hotan': 2 })).toBe(a);
  });

  it('counts a term by its pack: a same-id term of another pack is not its mention', () => {
    const c = pack('c', 'xinjiang');
    expect(mostMentionedPack([a, c], { 'c/xinjiang': 2, 'a/kashgar': 1 })).toBe(c);
    expect(mostMentionedPack([c, a], { 'a/xinjiang': 1 })).toBe(a);
  });

  it('keeps the earlier pack on a tie and with no mentions, and has none without packs', () => {
    expect(mostMentionedPack([b, a], { 'a/xinjiang': 1, 'b/hotan': 1 })).toBe(b);
    expect(mostMentionedPack([a, b], {})).toBe(a);
    expect(mostMentionedPack([], { 'a/xinjiang': 1 })).toBeUndefined();
  });
});
