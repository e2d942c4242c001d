/** What the background keeps per tab: each frame's latest report, merged for the badge and the popup. */

export interface FrameState {
  documentId: string;
  counts: Record<string, number>;
  total: number;
  capped: boolean;
  relevant: boolean;
}

export interface TabState {
  url: string;
  frames: Record<string, FrameState>;
}

export const EMPTY_TAB: TabState = Object.freeze({ url: '', frames: {} });

/**
 * Records a frame's report. A report from the top frame about a new document starts the tab afresh
 * (the other frames belonged to the page that was left).
 */
export function applyReport(state: TabState | undefined, frameId: number, url: string, report: FrameState): TabState {
  const prev = state ?? EMPTY_TAB;
  const top = prev.frames['0'];
  const newTopDocument = frameId === 0 && top !== undefined && top.documentId !== report.documentId;
  const frames = newTopDocument ? {} : { ...prev.frames };
  frames[String(frameId)] = report;
  return { url: frameId === 0 ? url : prev.url, frames };
}

/** Mentions on the tab, all frames together. */
export function summarize(state: TabState | undefined): { counts: Record<string, number>; total: number; capped: boolean; relevant: boolean } {
  const counts: Record<string, number> = {};
  let total = 0;
  let capped = false;
  let relevant = false;
  for (const frame of Object.values(state?.frames ?? {})) {
    total += frame.total;
    capped ||= frame.capped;
    relevant ||= frame.relevant;
    for (const [term, n] of Object.entries(frame.counts)) counts[term] = (counts[term] ?? 0) + n;
  }
  return { counts, total, capped, relevant };
}

/** The badge: empty when there is nothing, "5k+" when capped. */
export function badgeText(total: number, capped: boolean): string {
  if (capped) return '5k+';
  if (total <= 0) return '';
  return total > 999 ? `${Math.floor(total / 1000)}k+` : String(total);
}
