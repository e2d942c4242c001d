import { describe, expect, it } from 'vitest';
import { createRelevance } from './page-relevance.ts';
import type { Strength } from './types.ts';

const m = (id: string, strength: Strength) => ({ id, strength });

describe('createRelevance', () => {
  it('holds weak mentions back while no strong mention has been seen', () => {
    const r = createRelevance<ReturnType<typeof m>>();
    expect(r.add([m('hunt', 'weak'), m('camps', 'weak')])).toEqual([]);
    expect(r.relevant).toBe(false);
    expect(r.pending.map((x) => x.id)).toEqual(['hunt', 'camps']);
  });

  it('releases earlier weak mentions when a strong one arrives later, without a rescan', () => {
    const r = createRelevance<ReturnType<typeof m>>();
    r.add([m('hunt', 'weak')]);
    r.add([m('camps', 'weak')]);
    expect(r.add([m('xinjiang', 'strong'), m('lu', 'weak')]).map((x) => x.id)).toEqual(['hunt', 'camps', 'xinjiang', 'lu']);
    expect(r.pending).toEqual([]);
  });

  it('stays relevant once a strong mention was seen, so later weak mentions show at once', () => {
    const r = createRelevance<ReturnType<typeof m>>();
    r.add([m('xinjiang', 'strong')]);
    expect(r.add([m('wang', 'weak')]).map((x) => x.id)).toEqual(['wang']);
    expect(r.add([])).toEqual([]);
    expect(r.relevant).toBe(true);
  });

  it('keeps separate documents apart', () => {
    const a = createRelevance<ReturnType<typeof m>>();
    const b = createRelevance<ReturnType<typeof m>>();
    a.add([m('xinjiang', 'strong')]);
    expect(b.add([m('hunt', 'weak')])).toEqual([]);
    expect(b.relevant).toBe(false);
  });
});
