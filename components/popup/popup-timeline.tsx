import { useMemo } from 'preact/hooks';
import { formatDatePrecision, quoteById, speakerOf } from '../../core/pack/lookups';
import { translationCredit } from '../../core/pack/quote-display';
import type { PackEvent, Quote } from '../../core/pack/schema';
import { QuoteBlock } from '../context/quote-block';
import { Timeline } from '../timeline/timeline';
import { shortNames, type PageSource } from './page-sources';

export interface PopupTimelineProps {
  /** Every source that concerns the page: the timeline draws the dates of all of them. */
  sources: readonly PageSource[];
  locale: string;
  /** Copies a quotation of a source. */
  onCopyQuote: (source: PageSource, quote: Quote) => void;
}

const start = (e: PackEvent): string => {
  const shape = formatDatePrecision(e.date);
  return shape.kind === 'day' ? shape.date : shape.start;
};

/** The events of all sources in date order, each with its source; an id two sources share gets a prefix. */
export function popupEvents(sources: readonly PageSource[]): { event: PackEvent; source: PageSource }[] {
  const used = new Set<string>();
  const entries = sources.flatMap((source, i) =>
    source.pack.events.map((e) => {
      const id = used.has(e.id) ? `${i}~${e.id}` : e.id;
      used.add(id);
      return { event: id === e.id ? e : { ...e, id }, source };
    }),
  );
  return entries.sort((a, b) => start(a.event).localeCompare(start(b.event)));
}

/** The timeline of every source that concerns the page; with several, each mark names its source. */
export function PopupTimeline({ sources, locale, onCopyQuote }: PopupTimelineProps) {
  const entries = useMemo(() => popupEvents(sources), [sources]);
  const events = useMemo(() => entries.map((x) => x.event), [entries]);
  const sourceOf = useMemo(() => new Map(entries.map((x) => [x.event, x.source])), [entries]);
  const names = useMemo(() => shortNames(sources, locale), [sources, locale]);
  return (
    <Timeline
      events={events}
      locale={locale}
      idPrefix="popup-timeline"
      {...(sources.length > 1 ? { sourceOf: (event: PackEvent) => names.get(sourceOf.get(event)!) } : {})}
      renderQuotes={(event) => {
        const source = sourceOf.get(event);
        if (!source) return null;
        const { pack } = source;
        return event.quoteIds
          .map((id) => quoteById(pack, id))
          .filter((q): q is Quote => q !== undefined)
          .map((q) => (
            <QuoteBlock key={q.id} quote={q} speaker={speakerOf(pack, q)} translation={translationCredit(pack, q)} locale={locale} onCopy={(quote) => onCopyQuote(source, quote)} />
          ));
      }}
    />
  );
}
