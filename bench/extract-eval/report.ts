/** Turns summed scores into the evaluation's table and its targets (issue 24). Pure. */
import type { PageScore } from './score';

export interface Row {
  label: string;
  count: number;
  of: number;
  /** Share needed to meet the target, or undefined for a line reported without one. */
  target?: number;
  /** For a count where fewer is better (scare quotes held as speech). */
  lowerIsBetter?: boolean;
}

export function rowsOf(total: PageScore, pages: number): Row[] {
  return [
    { label: 'title exact', count: total.title, of: pages, target: 0.98 },
    { label: 'authors exact', count: total.authors, of: pages, target: 0.95 },
    { label: 'published date exact', count: total.published, of: pages, target: 0.95 },
    { label: 'site name', count: total.siteName, of: pages },
    { label: 'quotations found verbatim (recall)', count: total.quotesFound, of: total.quotesOf, target: 0.85 },
    { label: 'speaker right, of those given one (precision)', count: total.speakersRight, of: total.speakersGiven, target: 0.95 },
    { label: 'scare quotes held as speech', count: total.scareAsSpeech, of: total.scareOf, lowerIsBetter: true },
    { label: 'extracted quotations not in the gold', count: total.quotesUnknown, of: total.quotesExtracted, lowerIsBetter: true },
    { label: 'dates resolved right', count: total.datesRight, of: total.datesOf },
  ];
}

/** A target is met only with something to measure: 0 of 0 meets nothing. */
export function meets(row: Row): boolean | undefined {
  if (row.target === undefined) return undefined;
  return row.of > 0 && row.count / row.of >= row.target;
}

function percent(count: number, of: number): string {
  return of === 0 ? '–' : `${((100 * count) / of).toFixed(1)}%`;
}

export function formatTable(rows: Row[]): string {
  const width = Math.max(...rows.map((row) => row.label.length));
  const lines = rows.map((row) => {
    const met = meets(row);
    const target = row.target === undefined ? (row.lowerIsBetter ? 'fewer is better' : '') : `target ${Math.round(row.target * 100)}%: ${met ? 'met' : 'NOT met'}`;
    const counts = `${row.count} / ${row.of}`.padStart(11);
    return `${row.label.padEnd(width)}  ${counts}  ${percent(row.count, row.of).padStart(6)}  ${target}`.trimEnd();
  });
  return lines.join('\n');
}
