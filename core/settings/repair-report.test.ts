// What repairing the lists reports and keeps at its edges (issue 29: mutants of repair.ts the suite let
// through): each dropped entry named as stored (shortened), duplicates at the limit not counted as over it.
import { describe, expect, it } from 'vitest';
import { LIMITS, repairMuted, repairSites, type DroppedEntry } from './repair';

describe('repairSites', () => {
  it('reports a bad entry as it was stored: a string as is, anything else as JSON', () => {
    const dropped: DroppedEntry[] = [];
    expect(repairSites(['not a site!', { a: 1 }, 7, 'example.org'], dropped)).toEqual(['example.org']);
    expect(dropped).toEqual([
      { field: 'disabledSites', entry: 'not a site!', reason: 'invalid' },
      { field: 'disabledSites', entry: '{"a":1}', reason: 'invalid' },
      { field: 'disabledSites', entry: '7', reason: 'invalid' },
    ]);
  });

  it('reports an entry JSON cannot write (a BigInt) through String()', () => {
    const dropped: DroppedEntry[] = [];
    expect(repairSites([10n], dropped)).toEqual([]);
    expect(dropped).toEqual([{ field: 'disabledSites', entry: '10', reason: 'invalid' }]);
  });

  it('shortens an entry longer than 80 characters to 79 and an ellipsis, and keeps one of 80 whole', () => {
    const dropped: DroppedEntry[] = [];
    repairSites([`a b${'x'.repeat(77)}`, `a b${'y'.repeat(97)}`], dropped);
    expect(dropped.map((d) => d.entry)).toEqual([`a b${'x'.repeat(77)}`, `a b${'y'.repeat(76)}…`]);
  });

  it('does not count a repeated site as over the limit once the list is full', () => {
    const sites = Array.from({ length: LIMITS.disabledSites }, (_, i) => `s${i}.example`);
    const dropped: DroppedEntry[] = [];
    expect(repairSites([...sites, 's0.example', 'one-more.example'], dropped)).toEqual(sites);
    expect(dropped).toEqual([{ field: 'disabledSites', entry: 'one-more.example', reason: 'over-limit' }]);
  });
});

/** A bare term id as the muted list stores it once repaired (the repair may qualify it with its pack). */
const keyOf = (id: string) => repairMuted({ 'k.example': [id] }, [])!['k.example']![0]!;

describe('repairMuted', () => {
  it('is null for anything that is not a map of sites', () => {
    for (const value of [null, undefined, 0, 'example.org', ['example.org']]) expect(repairMuted(value, [])).toBeNull();
  });

  it('reports a bad site or a bad term with its site, as stored', () => {
    const dropped: DroppedEntry[] = [];
    expect(repairMuted({ 'not a site!': ['lu-kang'], 'example.org': ['Not An Id', 'wang-yi'], 'example.net': 'lu-kang' }, dropped)).toEqual({ 'example.org': [keyOf('wang-yi')] });
    expect(dropped).toEqual([
      { field: 'mutedTerms', entry: 'not a site!: ["lu-kang"]', reason: 'invalid' },
      { field: 'mutedTerms', entry: 'example.org: Not An Id', reason: 'invalid' },
      { field: 'mutedTerms', entry: 'example.net: lu-kang', reason: 'invalid' },
    ]);
  });

  it('joins the terms of one site written two ways', () => {
    expect(repairMuted({ 'Example.org': ['lu-kang'], 'www.example.org.': ['wang-yi'] }, [])).toEqual({ 'example.org': [keyOf('lu-kang'), keyOf('wang-yi')] });
  });

  it('leaves out a site none of whose terms could be read', () => {
    expect(repairMuted({ 'example.org': ['Not An Id'] }, [])).toEqual({});
  });

  it('reports the sites and terms past the limits, and not a repeated term at the limit', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.mutedSites }, (_, i) => [`m${i}.example`, ['x']]));
    const ids = Array.from({ length: LIMITS.mutedTermsPerSite }, (_, i) => `t-${i}`);
    const dropped: DroppedEntry[] = [];
    const out = repairMuted({ ...many, 'm0.example': [...ids.slice(1), 'x', 't-1', 't-extra'], 'late.example': ['a', 'b'] }, dropped);
    expect(out!['m0.example']).toEqual([...ids.slice(1), 'x'].map(keyOf));
    expect(dropped).toEqual([
      { field: 'mutedTerms', entry: `m0.example: ${keyOf('t-extra')}`, reason: 'over-limit' },
      { field: 'mutedTerms', entry: 'late.example: ["a","b"]', reason: 'over-limit' },
    ]);
  });
});
