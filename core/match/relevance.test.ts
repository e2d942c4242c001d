import { describe, expect, it } from 'vitest';
import { Relevance, admitted } from './relevance.ts';
import type { Strength } from './types.ts';

interface M {
  id: string;
  strength: Strength;
  hidden?: boolean;
  region?: string;
}
const m = (id: string, strength: Strength, extra: Partial<M> = {}): M => ({ id, strength, ...extra });

describe('Relevance', () => {
  it('holds weak mentions back while no strong mention has been seen', () => {
    const r = new Relevance<M>();
    r.note(m('hunt', 'weak'));
    expect(r.relevant).toBe(false);
    expect(r.admits(m('hunt', 'weak'))).toBe(false);
    expect(r.admits(m('xinjiang', 'strong'))).toBe(true);
  });

  it('admits weak mentions found before a strong one once it arrives, without a rescan', () => {
    const r = new Relevance<M>();
    const early = m('hunt', 'weak');
    r.note(early);
    r.note(m('xinjiang', 'strong'));
    expect(r.relevant).toBe(true);
    expect(r.admits(early)).toBe(true);
  });

  it('does not turn relevant for a strong mention the reader cannot see', () => {
    const r = new Relevance<M>();
    r.note(m('xinjiang', 'strong', { hidden: true }));
    expect(r.relevant).toBe(false);
    expect(r.admits(m('hunt', 'weak'))).toBe(false);
  });

  it('keeps separate documents apart, and carries a document over to its fresh scan', () => {
    const a = new Relevance<M>();
    const b = new Relevance<M>();
    a.note(m('xinjiang', 'strong'));
    expect(b.admits(m('hunt', 'weak'))).toBe(false);
    b.inherit(a);
    expect(b.admits(m('hunt', 'weak'))).toBe(true);
  });

  it('keeps scopes apart when mentions are given one (per-region relevance)', () => {
    const r = new Relevance<M>((x) => x.region ?? 'page');
    const early = m('hunt', 'weak', { region: 'article' });
    r.note(early);
    r.note(m('xinjiang', 'strong', { region: 'article' }));
    expect(r.admits(early)).toBe(true);
    expect(r.admits(m('hunt', 'weak', { region: 'sidebar' }))).toBe(false);
    expect(r.admits(m('hunt', 'weak'))).toBe(false);
    // A hidden strong mention in the sidebar does not release it.
    r.note(m('uyghur', 'strong', { region: 'sidebar', hidden: true }));
    expect(r.admits(m('hunt', 'weak', { region: 'sidebar' }))).toBe(false);
  });
});

describe('admitted', () => {
  it('keeps every mention of a text with a strong one, and only the strong ones otherwise', () => {
    expect(admitted([m('hunt', 'weak'), m('xinjiang', 'strong')]).map((x) => x.id)).toEqual(['hunt', 'xinjiang']);
    expect(admitted([m('hunt', 'weak'), m('camps', 'weak')])).toEqual([]);
  });
});
