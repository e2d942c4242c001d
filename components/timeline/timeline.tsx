import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { proseText } from '../../core/pack/prose';
import type { PackEvent } from '../../core/pack/schema';
import { t } from '../../utils/i18n';
import { formatPackDate } from '../context/date-format';
import { DateLabel } from '../context/date-label';
import { layoutTimeline, type PlacedEvent } from './timeline-layout';

export interface TimelineProps {
  /** The pack's events, in date order (core/pack/lookups `timeline`). */
  events: readonly PackEvent[];
  /** BCP 47 locale for dates (the UI's). */
  locale: string;
  /** Renders the quotations said at an event, shown when the event is chosen. */
  renderQuotes: (event: PackEvent) => ComponentChildren;
  /** Drawing width in px (the SVG scales to its box). */
  width?: number;
  /** The id prefix for this timeline's elements, unique in the page. */
  idPrefix?: string;
  /** The short name of the source an event comes from, when events come from several: each mark names it. */
  sourceOf?: (event: PackEvent) => string | undefined;
}

const LANE = 16;
const TOP = 20;
const AXIS_GAP = 8;

/** One event's accessible name: its date at its precision ("≈" when approximate), its title, and its source when named. */
function eventLabel(placed: PlacedEvent, locale: string, source?: string): string {
  const date = formatPackDate(placed.event.date, locale, (day) => t('timeline_weekOf', [day]));
  const when = date.approximate ? t('timeline_approximately', [date.text]) : date.text;
  const label = `${when}: ${proseText(placed.event.title)}`;
  return source ? t('timeline_eventFromSource', [label, source]) : label;
}

/**
 * The pack's events on an SVG axis derived from their own dates. Each mark shows its precision (a dot
 * for a day, a band for a week or month) and "≈" for a date resolved with doubt; choosing one (click,
 * Enter or Space; arrow keys move between marks) shows the quotations said at that event.
 */
export function Timeline({ events, locale, renderQuotes, width = 360, idPrefix = 'timeline', sourceOf }: TimelineProps) {
  const labelOf = (p: PlacedEvent) => eventLabel(p, locale, sourceOf?.(p.event));
  const layout = useMemo(() => layoutTimeline(events, { width }), [events, width]);
  const [selected, setSelected] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(layout.events[0]?.event.id ?? null);
  // The mark under the pointer or the keyboard focus: its date and event are written out under the axis.
  const [peekId, setPeekId] = useState<string | null>(null);
  const marks = useRef(new Map<string, SVGGElement>());
  const detail = useRef<HTMLDivElement>(null);
  if (!layout.events.length) return null;

  const axisY = TOP + layout.lanes * LANE + AXIS_GAP;
  const height = axisY + 22;
  // Keyboard order follows the axis, left to right.
  const order = [...layout.events].sort((a, b) => a.firstDay - b.firstDay || a.x - b.x);
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const yearFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const monthYearFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });

  const choose = (id: string) => {
    setSelected(id);
    setFocusId(id);
    // Let the panel render, then bring it into view (it may be below the popup's fold).
    queueMicrotask(() => detail.current?.scrollIntoView?.({ block: 'nearest' }));
  };
  const onKeyDown = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(id);
      return;
    }
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    const at = order.findIndex((p) => p.event.id === id);
    const nextIndex = e.key === 'Home' ? 0 : e.key === 'End' ? order.length - 1 : step ? at + step : -1;
    const next = order[nextIndex];
    if (!next) return;
    e.preventDefault();
    setFocusId(next.event.id);
    marks.current.get(next.event.id)?.focus();
  };
  const chosen = layout.events.find((p) => p.event.id === selected);
  const peeked = layout.events.find((p) => p.event.id === peekId);

  return (
    <div class="cc-timeline">
      <svg
        class="cc-timeline-svg"
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('timeline_svgLabel', [String(layout.events.length)])}
      >
        <line class="cc-timeline-axis" x1={4} x2={width - 4} y1={axisY} y2={axisY} aria-hidden="true" />
        {layout.ticks.map((tick) => {
          const date = new Date(`${tick.day}T00:00:00Z`);
          // The year is named under the first tick and wherever a new year starts.
          const withYear = tick.unit === 'month' && (tick === layout.ticks[0] || tick.day.endsWith('-01-01'));
          const label = (tick.unit === 'year' ? yearFormat : withYear ? monthYearFormat : monthFormat).format(date);
          return (
            <g key={tick.day} aria-hidden="true">
              <line class="cc-timeline-tick" x1={tick.x} x2={tick.x} y1={TOP - 6} y2={axisY + 4} />
              <text class="cc-timeline-tick-label" x={tick.x + 3} y={axisY + 16}>
                {label}
              </text>
            </g>
          );
        })}
        {layout.events.map((p) => {
          const y = TOP + p.lane * LANE;
          const label = labelOf(p);
          const isSelected = p.event.id === selected;
          return (
            <g
              key={p.event.id}
              ref={(el: SVGGElement | null) => void (el ? marks.current.set(p.event.id, el) : marks.current.delete(p.event.id))}
              class={`cc-timeline-event cc-timeline-${p.kind}${p.approximate ? ' cc-timeline-approx' : ''}${isSelected ? ' cc-timeline-selected' : ''}`}
              role="button"
              tabindex={p.event.id === (focusId ?? order[0]?.event.id) ? 0 : -1}
              aria-label={label}
              aria-pressed={isSelected}
              aria-controls={`${idPrefix}-detail`}
              data-event-id={p.event.id}
              onClick={() => choose(p.event.id)}
              onKeyDown={(e) => onKeyDown(e, p.event.id)}
              onMouseEnter={() => setPeekId(p.event.id)}
              onMouseLeave={() => setPeekId((id) => (id === p.event.id ? null : id))}
              onFocus={() => setPeekId(p.event.id)}
              onBlur={() => setPeekId((id) => (id === p.event.id ? null : id))}
            >
              <title>{label}</title>
              {/* A transparent hit area at least 16px high, for the pointer. */}
              <rect class="cc-timeline-hit" x={p.x - 2} y={y - 2} width={p.width + 4} height={LANE} />
              {p.kind === 'day' ? (
                <circle class="cc-timeline-mark" cx={p.cx} cy={y + 6} r={p.width / 2 - 1} />
              ) : (
                <rect class="cc-timeline-mark" x={p.x} y={y + 2} width={p.width} height={8} rx={3} />
              )}
              {p.approximate && (
                <text class="cc-timeline-approx-sign" x={p.kind === 'day' ? p.cx + p.width / 2 + 1 : p.x + p.width + 1} y={y + 10}>
                  ≈
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {/* Hidden from screen readers: the focused mark's own name already says the same. */}
      <p class="cc-timeline-peek" aria-hidden="true">
        {peeked ? labelOf(peeked) : '\u00a0'}
      </p>
      <p class="cc-timeline-legend">
        <span class="cc-legend-item">
          <span class="cc-legend-day" aria-hidden="true" /> {t('timeline_legendDay')}
        </span>
        <span class="cc-legend-item">
          <span class="cc-legend-band" aria-hidden="true" /> {t('timeline_legendBand')}
        </span>
        <span class="cc-legend-item">
          <span class="cc-legend-approx" aria-hidden="true">≈</span> {t('timeline_legendApprox')}
        </span>
      </p>
      <div id={`${idPrefix}-detail`} class="cc-timeline-detail" ref={detail} aria-live="polite">
        {chosen ? (
          <>
            <p class="cc-timeline-detail-title">
              <DateLabel date={chosen.event.date} locale={locale} />
              {' — '}
              <span>{proseText(chosen.event.title)}</span>
              {sourceOf?.(chosen.event) && <span class="cc-timeline-source"> {t('timeline_fromSource', [sourceOf(chosen.event)!])}</span>}
            </p>
            {chosen.event.quoteIds.length ? renderQuotes(chosen.event) : <p class="cc-muted">{t('timeline_noQuotes')}</p>}
          </>
        ) : (
          <p class="cc-muted">{t('timeline_hint')}</p>
        )}
      </div>
    </div>
  );
}
