import { describe, expect, it } from 'vitest';
import { changedSites } from './changed-sites';

const lists = (disabledSites: string[], mutedTerms: Record<string, string[]> = {}) => ({ disabledSites, mutedTerms });

describe('changedSites', () => {
  it('names sites turned off or on', () => {
    expect([...changedSites(lists(['a.example', 'b.example']), lists(['b.example', 'c.example']))].sort()).toEqual(['a.example', 'c.example']);
  });

  it('names sites whose muted terms differ, in any way, and not those that only moved in order', () => {
    const before = lists([], { 'a.example': ['x', 'y'], 'b.example': ['x'], 'c.example': ['x'] });
    const after = lists([], { 'a.example': ['y', 'x'], 'b.example': ['x', 'z'], 'd.example': ['x'] });
    expect([...changedSites(before, after)].sort()).toEqual(['b.example', 'c.example', 'd.example']);
  });

  it('names nothing when nothing changed, and copes with a site called "constructor"', () => {
    expect(changedSites(lists(['a.example'], { 'a.example': ['x'] }), lists(['a.example'], { 'a.example': ['x'] })).size).toBe(0);
    expect([...changedSites(lists([]), lists([], { constructor: ['x'] }))]).toEqual(['constructor']);
  });
});
