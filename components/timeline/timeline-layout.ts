/**
 * Geometry of the timeline: the axis is derived from the pack's own events (never fixed dates), each
 * event spans the days its precision covers (one day, a Monday-to-Sunday week, a whole month), and
 * marks that would overlap go to separate lanes. Pure: numbers in, numbers out.
 */
import { formatDatePrecision } from '../../core/pack/lookups';
import type { PackEvent } from '../../core/pack/schema';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO calendar day. */
export function epochDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The ISO calendar day of an epoch day. */
export function isoOfEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** One event placed on the timeline. */
export interface PlacedEvent {
  event: PackEvent;
  /** 'day' is drawn as a dot; 'week' and 'month' as bands across the days they cover. */
  kind: 'day' | 'week' | 'month' | 'year';
  approximate: boolean;
  /** First and last day covered (epoch days, inclusive). */
  firstDay: number;
  lastDay: number;
  /** Left edge and width in px (a day's dot is centred in its day). */
  x: number;
  width: number;
  /** Centre of the mark in px. */
  cx: number;
  lane: number;
}

/** A tick on the axis at the first day of a month (or of a year when the span is long). */
export interface AxisTick {
  day: string;
  x: number;
  unit: 'month' | 'year';
}

export interface TimelineLayout {
  events: PlacedEvent[];
  ticks: AxisTick[];
  lanes: number;
  /** First and last day of the axis (epoch days). */
  domain: [number, number];
}

export interface LayoutOptions {
  /** Drawing width in px, margins included. */
  width: number;
  /** Left and right margin in px. */
  margin?: number;
  /** Width of a single day's dot in px; also the least gap between marks of one lane. */
  dot?: number;
}

/** Places the events (in date order) on an axis that spans exactly their dates, padded a little. */
export function layoutTimeline(events: readonly PackEvent[], { width, margin = 12, dot = 10 }: LayoutOptions): TimelineLayout {
  const spans = events.map((event) => {
    const shape = formatDatePrecision(event.date);
    const first = epochDay(shape.kind === 'day' ? shape.date : shape.start);
    const last = shape.kind === 'day' ? first : epochDay(shape.end);
    return { event, kind: shape.kind, approximate: shape.approximate, first, last };
  });
  if (!spans.length) return { events: [], ticks: [], lanes: 0, domain: [0, 0] };
  const min = Math.min(...spans.map((s) => s.first));
  const max = Math.max(...spans.map((s) => s.last));
  // A little air at both ends so a dot on the first or last day is not cut in half.
  const pad = Math.max(1, Math.round((max - min + 1) * 0.03));
  const domain: [number, number] = [min - pad, max + 1 + pad];
  const inner = Math.max(1, width - 2 * margin);
  const xOf = (day: number) => margin + ((day - domain[0]) / (domain[1] - domain[0])) * inner;

  const laneEnds: number[] = [];
  const placed = spans
    .map((s) => {
      const left = xOf(s.first);
      const right = xOf(s.last + 1);
      const cx = (left + right) / 2;
      const [x, w] = s.kind === 'day' ? [cx - dot / 2, dot] : [left, Math.max(right - left, dot)];
      return { ...s, x, w, cx };
    })
    .sort((a, b) => a.x - b.x || a.first - b.first)
    .map((s): PlacedEvent => {
      // Greedy lanes: the first lane whose last mark ends before this one starts (with a gap).
      let lane = laneEnds.findIndex((end) => end + 2 <= s.x);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = s.x + s.w;
      return { event: s.event, kind: s.kind, approximate: s.approximate, firstDay: s.first, lastDay: s.last, x: s.x, width: s.w, cx: s.cx, lane };
    });

  return { events: placed, ticks: axisTicks(domain, xOf), lanes: laneEnds.length, domain };
}

/** Month starts inside the domain; year starts instead when there would be more than 12 months. */
function axisTicks(domain: [number, number], xOf: (day: number) => number): AxisTick[] {
  const start = new Date(domain[0] * DAY_MS);
  const end = domain[1];
  const months: AxisTick[] = [];
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  while (cursor.getTime() / DAY_MS <= end) {
    const day = Math.round(cursor.getTime() / DAY_MS);
    if (day >= domain[0]) months.push({ day: isoOfEpochDay(day), x: xOf(day), unit: 'month' });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  if (months.length <= 12) return months;
  return months.filter((m) => m.day.endsWith('-01-01')).map((m) => ({ ...m, unit: 'year' }));
}
