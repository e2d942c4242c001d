// The pure parts of `npm run mutation -- --sample N`: a seeded random pick of mutant sites (a code location and
// all its mutants), stratified by folder, and the score's 95% interval per folder and for the whole scope
// (docs/mutation-testing.md, "A sampled estimate").

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed picks the same sample. */
export function randomFrom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How many of `n` to draw from each stratum: in proportion to its size (largest remainders), except that a
 * stratum whose share falls below `floor` gets the floor (or all of itself, when smaller) and the others
 * share the rest in proportion. */
export function allocate(sizes, n, floor = 0) {
  const names = Object.keys(sizes);
  const total = names.reduce((s, k) => s + sizes[k], 0);
  const want = Math.min(n, total);
  const fixed = {};
  for (;;) {
    const free = names.filter((k) => !(k in fixed));
    const rest = want - Object.values(fixed).reduce((s, x) => s + x, 0);
    const size = free.reduce((s, k) => s + sizes[k], 0);
    const low = free.filter((k) => (rest * sizes[k]) / size < Math.min(floor, sizes[k]));
    if (!low.length || rest <= 0) break;
    for (const k of low) fixed[k] = Math.min(floor, sizes[k]);
  }
  const free = names.filter((k) => !(k in fixed));
  const rest = Math.max(0, want - Object.values(fixed).reduce((s, x) => s + x, 0));
  const size = free.reduce((s, k) => s + sizes[k], 0);
  const exact = free.map((k) => ({ k, x: size ? (rest * sizes[k]) / size : 0 }));
  const out = { ...fixed };
  for (const e of exact) out[e.k] = Math.floor(e.x);
  let left = rest - exact.reduce((s, e) => s + Math.floor(e.x), 0);
  for (const e of [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)) || a.k.localeCompare(b.k))) {
    if (left <= 0) break;
    out[e.k] += 1;
    left -= 1;
  }
  return Object.fromEntries(names.map((k) => [k, out[k]]));
}

/** `k` distinct items of `items`, each set of k equally likely (a partial Fisher-Yates shuffle of a copy). */
export function drawWithout(items, k, random) {
  const a = [...items];
  const m = Math.min(k, a.length);
  for (let i = 0; i < m; i += 1) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, m);
}

/** A stratified random sample: `allocate`'s count from each stratum (`strataOf(item)`), drawn without
 * replacement, strata in name order so that a seed always gives the same sample. */
export function pickSample(items, strataOf, n, seed, floor = 0) {
  const strata = new Map();
  for (const item of items) {
    const s = strataOf(item);
    if (!strata.has(s)) strata.set(s, []);
    strata.get(s).push(item);
  }
  const names = [...strata.keys()].sort();
  const counts = allocate(Object.fromEntries(names.map((s) => [s, strata.get(s).length])), n, floor);
  const random = randomFrom(seed);
  return names.flatMap((s) => drawWithout(strata.get(s), counts[s], random));
}

/** Wilson score interval for `k` of `n` drawn without replacement from `N`: the finite population correction
 * enters as a larger effective sample, n / ((N - n) / (N - 1)); a census (n = N) is exact. */
export function wilson(k, n, N = Infinity, z = 1.96) {
  if (n === 0) return { p: undefined, low: 0, high: 1 };
  const p = k / n;
  const fpc = Number.isFinite(N) && N > 1 ? (N - n) / (N - 1) : 1;
  if (fpc <= 0) return { p, low: p, high: p };
  const m = n / fpc;
  const zz = z * z;
  const centre = (p + zz / (2 * m)) / (1 + zz / m);
  const half = (z / (1 + zz / m)) * Math.sqrt((p * (1 - p)) / m + zz / (4 * m * m));
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The score of a folder from a sample of its sites (clusters): killed / scored over the sampled sites (a
 * ratio estimate), its variance by the ratio estimator's formula with the finite population correction,
 * (1 - n/N) / (n m̄²) · Σ(y - r m)² / (n - 1); the interval is Wilson's at the sample size that variance
 * amounts to, r(1 - r) / v. When every scored mutant was killed (or none), that variance is 0 and tells
 * nothing: the interval is Wilson's with one trial per site, as if a site's mutants always went together. */
export function clusterInterval(sites, N, z = 1.96) {
  const scored = sites.filter((s) => s.m > 0);
  const n = scored.length;
  const y = scored.reduce((t, s) => t + s.y, 0);
  const m = scored.reduce((t, s) => t + s.m, 0);
  if (!n) return { p: undefined, low: 0, high: 1, n: 0 };
  const r = y / m;
  const f = Number.isFinite(N) && N > 0 ? Math.min(1, sites.length / N) : 0;
  if (f >= 1) return { p: r, low: r, high: r, n: m };
  if (r === 0 || r === 1 || n < 2) return { ...wilson(r * n, n, Math.max(n, N), z), p: r, n };
  const mean = m / n;
  const v = ((1 - f) / (n * mean * mean)) * (scored.reduce((t, s) => t + (s.y - r * s.m) ** 2, 0) / (n - 1));
  const effective = v > 0 ? (r * (1 - r)) / v : m;
  return { ...wilson(r * effective, effective, Infinity, z), p: r, n: effective };
}

/** The whole scope's score from the strata: each stratum's sampled score weighted by its share of the
 * mutants; the interval adds up each stratum's variance read back from its interval's width, so a stratum
 * whose sample was all killed still counts its uncertainty. */
export function stratified(strata, z = 1.96) {
  const sampled = strata.filter((s) => s.interval.p !== undefined);
  const weight = sampled.reduce((w, s) => w + s.weight, 0);
  if (!weight) return { p: undefined, low: 0, high: 1 };
  let p = 0;
  let variance = 0;
  for (const s of sampled) {
    const share = s.weight / weight;
    p += share * s.interval.p;
    variance += share * share * ((s.interval.high - s.interval.low) / (2 * z)) ** 2;
  }
  const half = z * Math.sqrt(variance);
  return { p, low: Math.max(0, p - half), high: Math.min(1, p + half) };
}
