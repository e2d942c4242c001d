import { describe, expect, it } from 'vitest';
import { allocate, clusterInterval, drawWithout, pickSample, randomFrom, stratified, wilson } from './mutation-sample-math.mjs';

describe('the sample of mutants', () => {
  it('draws the same numbers from the same seed and others from another', () => {
    const a = randomFrom(29);
    const b = randomFrom(29);
    const c = randomFrom(30);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it('allocates in proportion to the strata, to the exact total', () => {
    expect(allocate({ a: 600, b: 300, c: 100 }, 100)).toEqual({ a: 60, b: 30, c: 10 });
    const odd = allocate({ a: 5, b: 5, c: 5 }, 10);
    expect(Object.values(odd).reduce((s, x) => s + x, 0)).toBe(10);
    expect(Object.values(odd).every((x) => x === 3 || x === 4)).toBe(true);
  });

  it('gives every stratum its floor, or all of a stratum smaller than the floor, and never more than it holds', () => {
    const out = allocate({ big: 10_000, small: 29, tiny: 3 }, 100, 10);
    expect(out.small).toBe(10);
    expect(out.tiny).toBe(3);
    expect(out.big).toBe(87);
    expect(allocate({ a: 4, b: 2 }, 50)).toEqual({ a: 4, b: 2 });
  });

  it('moves what a full stratum cannot take to the others', () => {
    const out = allocate({ a: 100, b: 100, c: 2 }, 60, 0);
    expect(out.a! + out.b! + out.c!).toBe(60);
    expect(out.c).toBeLessThanOrEqual(2);
  });

  it('draws distinct items, and draws each of them about equally often', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const random = randomFrom(7);
    const seen = new Array<number>(10).fill(0);
    for (let round = 0; round < 4000; round += 1) {
      const got = drawWithout(items, 3, random);
      expect(new Set(got).size).toBe(3);
      for (const x of got) seen[x]! += 1;
    }
    // Each item is drawn with probability 3/10: 1,200 of 4,000 rounds, give or take a few standard deviations.
    for (const count of seen) expect(Math.abs(count - 1200)).toBeLessThan(150);
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('picks per stratum the allocated count, the same for the same seed', () => {
    const items = [...Array.from({ length: 90 }, (_, i) => `core/x:${i}`), ...Array.from({ length: 10 }, (_, i) => `utils:${i}`)];
    const stratum = (s: string) => s.split(':')[0]!;
    const one = pickSample(items, stratum, 20, 1, 5);
    expect(one.filter((s) => s.startsWith('utils')).length).toBe(5);
    expect(one.filter((s) => s.startsWith('core/x')).length).toBe(15);
    expect(new Set(one).size).toBe(20);
    expect(pickSample(items, stratum, 20, 1, 5)).toEqual(one);
    expect(pickSample(items, stratum, 20, 2, 5)).not.toEqual(one);
  });
});

describe('the interval of a sampled score', () => {
  it('matches the textbook Wilson interval for a sample from a large population', () => {
    // 8 of 10: Wilson 95% interval 0.4902 to 0.9433.
    const w = wilson(8, 10);
    expect(w.p).toBe(0.8);
    expect(w.low).toBeCloseTo(0.4902, 3);
    expect(w.high).toBeCloseTo(0.9433, 3);
  });

  it('stays below 1 when every sampled mutant was killed, and narrows as the sample grows', () => {
    const small = wilson(10, 10);
    const large = wilson(100, 100);
    expect(small.high).toBe(1);
    expect(small.low).toBeLessThan(0.75);
    expect(large.low).toBeGreaterThan(small.low);
  });

  it('narrows when the sample is most of the population, and is exact for a census', () => {
    const open = wilson(40, 50);
    const most = wilson(40, 50, 60);
    expect(most.high - most.low).toBeLessThan(open.high - open.low);
    expect(wilson(40, 50, 50)).toEqual({ p: 0.8, low: 0.8, high: 0.8 });
    expect(wilson(0, 0, 10)).toEqual({ p: undefined, low: 0, high: 1 });
  });

  it('reads a sample of single-mutant sites as a simple random sample of n - 1 mutants', () => {
    const sites = [...Array.from({ length: 16 }, () => ({ y: 1, m: 1 })), ...Array.from({ length: 4 }, () => ({ y: 0, m: 1 }))];
    const got = clusterInterval(sites, Infinity);
    const simple = wilson(0.8 * 19, 19);
    expect(got.p).toBe(0.8);
    expect(got.low).toBeCloseTo(simple.low, 10);
    expect(got.high).toBeCloseTo(simple.high, 10);
  });

  it('widens when the mutants of a site live or die together', () => {
    // 20 sites of 3 mutants: 16 all killed, 4 all survived; against 60 sites of one mutant each, 48 killed.
    const together = clusterInterval([...Array.from({ length: 16 }, () => ({ y: 3, m: 3 })), ...Array.from({ length: 4 }, () => ({ y: 0, m: 3 }))], Infinity);
    const apart = clusterInterval([...Array.from({ length: 48 }, () => ({ y: 1, m: 1 })), ...Array.from({ length: 12 }, () => ({ y: 0, m: 1 }))], Infinity);
    expect(together.p).toBe(0.8);
    expect(apart.p).toBe(0.8);
    expect(together.high - together.low).toBeGreaterThan(1.5 * (apart.high - apart.low));
  });

  it('counts a site whose mutants were all killed as one trial, and leaves out sites with nothing scored', () => {
    const sites = [...Array.from({ length: 10 }, () => ({ y: 2, m: 2 })), { y: 0, m: 0 }];
    const got = clusterInterval(sites, 500);
    expect(got.p).toBe(1);
    expect(got.low).toBeCloseTo(wilson(10, 10, 500).low, 10);
    expect(got.high).toBe(1);
  });

  it('is exact when every site of the folder was sampled', () => {
    expect(clusterInterval([{ y: 1, m: 2 }, { y: 3, m: 3 }], 2)).toEqual({ p: 0.8, low: 0.8, high: 0.8, n: 5 });
    expect(clusterInterval([], 10)).toEqual({ p: undefined, low: 0, high: 1, n: 0 });
  });

  it('weights the strata by their size for the whole scope', () => {
    const a = wilson(90, 100);
    const b = wilson(5, 10);
    const all = stratified([
      { weight: 9000, interval: a },
      { weight: 1000, interval: b },
    ]);
    expect(all.p).toBeCloseTo(0.9 * 0.9 + 0.1 * 0.5, 10);
    expect(all.low).toBeLessThan(all.p!);
    expect(all.high).toBeGreaterThan(all.p!);
    // The large stratum's weight makes it narrower than the small stratum alone.
    expect(all.high - all.low).toBeLessThan(b.high - b.low);
    // A stratum sampled all killed still widens the interval.
    const perfect = stratified([{ weight: 1000, interval: wilson(10, 10, 1000) }]);
    expect(perfect.p).toBe(1);
    expect(perfect.low).toBeLessThan(0.9);
    expect(stratified([{ weight: 10, interval: { p: undefined, low: 0, high: 1 } }])).toEqual({ p: undefined, low: 0, high: 1 });
  });
});
