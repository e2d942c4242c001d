import { describe, expect, it } from 'vitest';
import { isMuted, muteTerm, unmuteTerm, withoutMuted, type MuteState } from './mute.ts';

describe('muting a term on a site', () => {
  it('mutes a term on one host only, ignoring case and a leading www.', () => {
    const state = muteTerm({}, 'www.Example.com', 'wang-yi');
    expect(isMuted(state, 'example.com', 'wang-yi')).toBe(true);
    expect(isMuted(state, 'other.org', 'wang-yi')).toBe(false);
    expect(isMuted(state, 'example.com', 'xinjiang')).toBe(false);
  });

  it('is reversible and leaves no empty host entry behind', () => {
    const muted = muteTerm({}, 'example.com', 'wang-yi');
    const back = unmuteTerm(muted, 'example.com', 'wang-yi');
    expect(back).toEqual({});
    expect(isMuted(back, 'example.com', 'wang-yi')).toBe(false);
  });

  it('never changes the state it is given', () => {
    const state: MuteState = Object.freeze({ 'a.com': Object.freeze(['x']) });
    expect(muteTerm(state, 'a.com', 'y')).toEqual({ 'a.com': ['x', 'y'] });
    expect(state).toEqual({ 'a.com': ['x'] });
    expect(muteTerm(state, 'a.com', 'x')).toBe(state);
  });

  it('drops only the muted term’s mentions on that host', () => {
    const mentions = [{ termId: 'xinjiang' }, { termId: 'wang-yi' }];
    const state = muteTerm({}, 'a.com', 'wang-yi');
    expect(withoutMuted(state, 'a.com', mentions)).toEqual([{ termId: 'xinjiang' }]);
    expect(withoutMuted(state, 'b.com', mentions)).toBe(mentions);
  });
});
