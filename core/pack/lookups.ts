// Pure look-ups over a loaded pack, for the cards, the popup and the timeline. Missing ids give
// undefined or an empty list rather than throwing: a card shows less, it does not break.
import type { ContextPack, Entity, PackDate, PackEvent, Quote, Term } from './schema.ts';

export { loadPacks } from './load-pack.ts';

/** The term with this id, if the pack has one. */
export function termById(pack: ContextPack, termId: string): Term | undefined {
  return pack.terms.find((t) => t.id === termId);
}

/** The quote with this id, if the pack has one. */
export function quoteById(pack: ContextPack, quoteId: string): Quote | undefined {
  return pack.quotes.find((q) => q.id === quoteId);
}

/** The event with this id, if the pack has one. */
export function eventById(pack: ContextPack, eventId: string): PackEvent | undefined {
  return pack.events.find((e) => e.id === eventId);
}

/** The entity that said or wrote a quote; undefined when the source identifies nobody. */
export function speakerOf(pack: ContextPack, quote: Quote): Entity | undefined {
  return quote.source.kind === 'unidentified' ? undefined : entityById(pack, quote.source.entityId);
}

/** The entity with this id, if the pack has one. */
export function entityById(pack: ContextPack, entityId: string): Entity | undefined {
  return pack.entities.find((e) => e.id === entityId);
}

function present<T>(x: T | undefined): x is T {
  return x !== undefined;
}

/** The quotes a term lists as most relevant, in the term's (curated) order. */
export function quotesForTerm(pack: ContextPack, termId: string): Quote[] {
  return (termById(pack, termId)?.quoteIds ?? []).map((id) => quoteById(pack, id)).filter(present);
}

/** The events a term lists as most relevant, in the term's (curated) order. */
export function eventsForTerm(pack: ContextPack, termId: string): PackEvent[] {
  return (termById(pack, termId)?.eventIds ?? []).map((id) => eventById(pack, id)).filter(present);
}

/** The events at which a quote was said: its own eventId and any event listing it, without repeats. */
export function eventsForQuote(pack: ContextPack, quoteId: string): PackEvent[] {
  const quote = quoteById(pack, quoteId);
  if (!quote) return [];
  return pack.events.filter((e) => e.id === quote.eventId || e.quoteIds.includes(quoteId));
}

/** Structural description of a date for the UI to localise: no English words, only fields. */
export type DateShape =
  | { kind: 'day'; date: string; approximate: boolean }
  | { kind: 'month'; year: number; month: number; start: string; end: string; approximate: boolean }
  | { kind: 'week'; start: string; end: string; approximate: boolean }
  | { kind: 'year'; year: number; start: string; end: string; approximate: boolean };

function addDays(isoDay: string, days: number): string {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Describes a pack date by its precision (day, month or Monday-to-Sunday week) and whether it is approximate. */
export function formatDatePrecision(date: Pick<PackDate, 'value' | 'precision' | 'confidence'>): DateShape {
  // "medium" and "low" dates were resolved with some doubt; the UI may say "about".
  const approximate = date.confidence === 'medium' || date.confidence === 'low';
  if (date.precision === 'year') {
    return { kind: 'year', year: Number(date.value), start: `${date.value}-01-01`, end: `${date.value}-12-31`, approximate };
  }
  if (date.precision === 'week') return { kind: 'week', start: date.value, end: addDays(date.value, 6), approximate };
  if (date.precision === 'month') {
    const [year, month] = date.value.split('-').map(Number) as [number, number];
    const start = `${date.value}-01`;
    // Day 0 of the next month is the last day of this one.
    const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
    return { kind: 'month', year, month, start, end, approximate };
  }
  return { kind: 'day', date: date.value, approximate };
}

/** The pack's events in date order (by first day; equal starts keep the pack's order). */
export function timeline(pack: ContextPack): PackEvent[] {
  const start = (e: PackEvent): string => {
    const shape = formatDatePrecision(e.date);
    return shape.kind === 'day' ? shape.date : shape.start;
  };
  return [...pack.events].sort((a, b) => start(a).localeCompare(start(b)));
}
