import { describe, expect, it } from 'vitest';
import {
  entityById,
  eventById,
  eventsForQuote,
  eventsForTerm,
  formatDatePrecision,
  quoteById,
  quotesForTerm,
  termById,
  timeline,
} from './lookups.ts';
import type { PackDate } from './schema.ts';
import { minimalPack } from './test-pack.ts';

const date = (value: string, precision: PackDate['precision'], confidence: PackDate['confidence'] = 'stated'): PackDate => ({
  value,
  precision,
  confidence,
  evidence: { where: 'article', expression: 'x', paragraph: 0 },
});

describe('look-ups by id', () => {
  const pack = minimalPack();

  it('finds each kind of item by id and gives undefined for an unknown id', () => {
    expect(termById(pack, 'widget')?.label).toBe('Widget');
    expect(quoteById(pack, 'q-one')?.text).toBe('we will see');
    expect(eventById(pack, 'e-later')?.title[0]?.text).toBe('Something followed.');
    expect(entityById(pack, 'ann-example')?.name).toBe('Ann Example');
    expect([termById(pack, 'x'), quoteById(pack, 'x'), eventById(pack, 'x'), entityById(pack, 'x')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('gives a term\'s quotes and events in the term\'s own order, skipping ids the pack lacks', () => {
    const p = minimalPack();
    p.terms[0]!.eventIds = ['e-later', 'e-gone', 'e-speech'];
    expect(eventsForTerm(p, 'widget').map((e) => e.id)).toEqual(['e-later', 'e-speech']);
    expect(quotesForTerm(p, 'widget').map((q) => q.id)).toEqual(['q-one']);
    expect(quotesForTerm(p, 'no-such-term')).toEqual([]);
  });

  it('finds the events of a quote through its eventId and through events that list it', () => {
    const p = minimalPack();
    p.events[2]!.quoteIds = ['q-one'];
    expect(eventsForQuote(p, 'q-one').map((e) => e.id)).toEqual(['e-speech', 'e-earlier']);
    expect(eventsForQuote(p, 'nope')).toEqual([]);
  });

  it('orders the timeline by each event\'s first day', () => {
    expect(timeline(pack).map((e) => e.id)).toEqual(['e-earlier', 'e-speech', 'e-later']);
  });
});

describe('formatDatePrecision', () => {
  it('describes a day as itself', () => {
    expect(formatDatePrecision(date('2018-10-30', 'day'))).toEqual({ kind: 'day', date: '2018-10-30', approximate: false });
  });

  it('gives a month its first and last day, leap years included', () => {
    expect(formatDatePrecision(date('2018-08', 'month'))).toEqual({
      kind: 'month', year: 2018, month: 8, start: '2018-08-01', end: '2018-08-31', approximate: false,
    });
    expect(formatDatePrecision(date('2020-02', 'month'))).toMatchObject({ end: '2020-02-29' });
    expect(formatDatePrecision(date('2018-02', 'month'))).toMatchObject({ end: '2018-02-28' });
    expect(formatDatePrecision(date('2018-12', 'month'))).toMatchObject({ end: '2018-12-31' });
  });

  it('gives a week from Monday to Sunday across a month end and marks medium confidence approximate', () => {
    expect(formatDatePrecision(date('2018-11-05', 'week', 'medium'))).toEqual({
      kind: 'week', start: '2018-11-05', end: '2018-11-11', approximate: true,
    });
    expect(formatDatePrecision(date('2018-10-29', 'week'))).toMatchObject({ end: '2018-11-04', approximate: false });
  });
});
