import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/load-pack';
import { timeline } from '../../core/pack/lookups';
import type { PackEvent } from '../../core/pack/schema';
import { prose } from '../../core/pack/test-pack';
import { epochDay, isoOfEpochDay, layoutTimeline } from './timeline-layout';

const event = (id: string, value: string, precision: 'day' | 'week' | 'month', confidence: 'stated' | 'medium' = 'stated'): PackEvent => ({
  id,
  title: prose(`Event ${id}`),
  date: { value, precision, confidence, evidence: { where: 'article', expression: 'x', paragraph: 0 } },
  quoteIds: [],
});

function shippedPack() {
  const result = loadPack(JSON.parse(readFileSync(new URL('../../public/packs/cnn-2018-uk-xinjiang.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(result.error.message);
  return result.pack;
}

describe('layoutTimeline', () => {
  it('derives the axis from the events, not from fixed dates', () => {
    const early = layoutTimeline([event('a', '1999-03-01', 'day'), event('b', '1999-03-20', 'day')], { width: 300 });
    const late = layoutTimeline([event('a', '2031-07-01', 'day'), event('b', '2031-09-15', 'day')], { width: 300 });
    expect(isoOfEpochDay(early.domain[0]) <= '1999-03-01' && isoOfEpochDay(early.domain[1]) >= '1999-03-20').toBe(true);
    expect(early.domain[1] - early.domain[0]).toBeLessThan(40);
    expect(late.ticks.map((t) => t.day)).toEqual(['2031-07-01', '2031-08-01', '2031-09-01']);
  });

  it('spans a whole month for a month, seven days for a week and one dot for a day', () => {
    const layout = layoutTimeline([event('m', '2018-08', 'month'), event('w', '2018-11-05', 'week'), event('d', '2018-10-10', 'day')], { width: 400, dot: 8 });
    const byId = Object.fromEntries(layout.events.map((e) => [e.event.id, e]));
    expect(byId.m!.lastDay - byId.m!.firstDay + 1).toBe(31);
    expect(byId.w!.lastDay - byId.w!.firstDay + 1).toBe(7);
    expect(isoOfEpochDay(byId.w!.lastDay)).toBe('2018-11-11');
    expect(byId.d!.width).toBe(8);
    expect(byId.m!.width).toBeGreaterThan(byId.w!.width);
  });

  it('keeps every mark inside the drawing and in date order along the axis', () => {
    const layout = layoutTimeline(timeline(shippedPack()), { width: 360, margin: 12 });
    for (const placed of layout.events) {
      expect(placed.x).toBeGreaterThanOrEqual(12 - 5);
      expect(placed.x + placed.width).toBeLessThanOrEqual(360 - 12 + 5);
    }
    const starts = [...layout.events].sort((a, b) => a.firstDay - b.firstDay).map((e) => e.x + (e.kind === 'day' ? e.width / 2 : 0));
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
  });

  it('puts overlapping marks in different lanes and never overlaps two marks of one lane', () => {
    const layout = layoutTimeline(timeline(shippedPack()), { width: 360 });
    expect(layout.lanes).toBeGreaterThan(1);
    for (const a of layout.events) {
      for (const b of layout.events) {
        if (a === b || a.lane !== b.lane) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x;
        expect(apart, `${a.event.id} and ${b.event.id} overlap in lane ${a.lane}`).toBe(true);
      }
    }
  });

  it('marks medium-confidence dates as approximate', () => {
    const layout = layoutTimeline([event('a', '2018-11-01', 'day', 'medium'), event('b', '2018-10-30', 'day')], { width: 300 });
    expect(layout.events.find((e) => e.event.id === 'a')!.approximate).toBe(true);
    expect(layout.events.find((e) => e.event.id === 'b')!.approximate).toBe(false);
  });

  it('ticks years instead of months over a long span', () => {
    const layout = layoutTimeline([event('a', '2010-05-01', 'day'), event('b', '2014-02-01', 'day')], { width: 300 });
    expect(layout.ticks.map((t) => t.day)).toEqual(['2011-01-01', '2012-01-01', '2013-01-01', '2014-01-01']);
    expect(layout.ticks.every((t) => t.unit === 'year')).toBe(true);
  });

  it('lays out nothing for a pack without events', () => {
    expect(layoutTimeline([], { width: 300 })).toEqual({ events: [], ticks: [], lanes: 0, domain: [0, 0] });
  });

  it('counts days in UTC', () => {
    expect(epochDay('1970-01-02')).toBe(1);
    expect(isoOfEpochDay(epochDay('2018-10-31'))).toBe('2018-10-31');
  });
});
