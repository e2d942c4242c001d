// What the Sources page lists for a kept source: counted from its pack, so the list never disagrees with it.
import type { ContextPack } from '../pack/schema.ts';
import type { SourceRecord, SourceSummary } from './types.ts';

/** Dates the source carries: its events' and its quotations' own (an event's quotation is not counted twice). */
export function datesIn(pack: ContextPack): number {
  const dated = new Set(pack.events.flatMap((e) => e.quoteIds));
  return pack.events.length + pack.quotes.filter((q) => q.date !== undefined && !dated.has(q.id)).length;
}

export function summarize(record: SourceRecord): SourceSummary {
  const { pack } = record;
  return {
    id: record.id,
    title: pack.source.title,
    site: pack.source.containerTitle ?? pack.source.publisher,
    published: pack.source.published ?? null,
    quotes: pack.quotes.length,
    dates: datesIn(pack),
    origin: record.origin,
    pageUrl: record.pageUrl,
    addedAt: record.addedAt,
    reviewedAt: record.reviewedAt,
    enabled: record.enabled,
  };
}

/** What a reviewer should know is missing from a pack before keeping it. */
export function missingNotes(pack: ContextPack): string[] {
  const notes: string[] = [];
  if (pack.source.authors.length === 0) notes.push('No author was found: add one if the page names one.');
  if (pack.source.published === undefined) notes.push('No publication date was found: add it if the page states one.');
  if (pack.quotes.length === 0) notes.push('No quotations were found.');
  if ((pack.termLinks ?? []).length === 0) notes.push('The source mentions none of the topic\'s terms: cards will not show it.');
  return notes;
}
