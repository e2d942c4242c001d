// @vitest-environment happy-dom
// The slice budget (issue 23): what one slice may do before it looks at the clock again. Counted with a
// clock that moves 1 ms with each read, so an 8 ms slice ends after a few reads however fast the machine.
import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../core/match/plan-matcher';
import { PageScanner } from './page-scanner';
import { RegionFinder } from './regions';
import { shippedPack, track } from './test-support/scanner-dom';

const terms = shippedPack.terms;

/** Each read of the clock moves it 1 ms. */
function steppingClock(): void {
  let clock = performance.now();
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
}

/** Waits until the scanner has no work scheduled or queued. */
async function settled(s: PageScanner): Promise<void> {
  while (s.busy || !s.firstScanFinished) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('PageScanner slices', () => {
  it('spreads the first runs of many variants\' expressions over slices (one <pre> of distinct phrases)', async () => {
    const variants = terms.flatMap((t) => t.variants.map((v) => v.text));
    const pre = document.createElement('pre');
    pre.textContent = Array.from({ length: 2000 }, (_, i) => `${i} report line about ${variants[i % variants.length]} and the weather`).join('\n');
    document.body.append(pre);
    steppingClock();
    const controller = new AbortController();
    track(controller);
    const matcher = compileMatcher(terms);
    const s = new PageScanner({ doc: document, matcher, signal: controller.signal, ownHost: () => null, onChange: () => undefined });
    // Expressions run for the first time in each slice.
    const perSlice: number[] = [];
    let last = 0;
    const slice = s.metrics.slice.bind(s.metrics);
    s.metrics.slice = (ms) => {
      perSlice.push(matcher.compiled - last);
      last = matcher.compiled;
      slice(ms);
    };
    s.start();
    await settled(s);
    expect(matcher.compiled).toBeGreaterThan(100);
    expect(s.store.size).toBeGreaterThan(1000);
    // Matching one piece of 4,096 characters (about a hundred lines) ran the expressions of every variant in
    // it for the first time in one slice: 60 or more.
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(10);
  }, 60_000);
});

describe('PageScanner slices down a deep chain', () => {
  it('spreads the walk up from a mention at the bottom of a deep chain over slices, and finds the same region', async () => {
    const depth = 1500;
    let el: HTMLElement = document.body;
    for (let i = 0; i < depth; i++) el = el.appendChild(document.createElement('div'));
    const controller = new AbortController();
    track(controller);
    const s = new PageScanner({ doc: document, matcher: compileMatcher(terms), signal: controller.signal, ownHost: () => null, onChange: () => undefined });
    s.start();
    await settled(s);
    // Ancestors walked up in each slice: for the region, and to find whether another added block holds it.
    const perSlice: number[] = [];
    const batchSteps: number[] = [];
    let last = s.regions.steps;
    let lastBatch = s.batchCounts.ancestorSteps;
    const slice = s.metrics.slice.bind(s.metrics);
    s.metrics.slice = (ms) => {
      perSlice.push(s.regions.steps - last);
      batchSteps.push(s.batchCounts.ancestorSteps - lastBatch);
      last = s.regions.steps;
      lastBatch = s.batchCounts.ancestorSteps;
      slice(ms);
    };
    steppingClock();
    const span = document.createElement('span');
    span.textContent = 'Reports from Xinjiang.';
    el.append(span);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await settled(s);
    const [record] = s.store.all();
    expect(s.store.size).toBe(1);
    expect(s.regions.steps).toBeGreaterThanOrEqual(depth);
    // The whole chain, 1,500 ancestors, in the slice that found the mention.
    expect(Math.max(...perSlice)).toBeLessThanOrEqual(600);
    expect(batchSteps.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(depth);
    expect(Math.max(...batchSteps)).toBeLessThanOrEqual(600);
    expect(record!.region).toBe(new RegionFinder(document).regionOf(span.firstChild as Text));
  }, 60_000);
});
