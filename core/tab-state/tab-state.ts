/** What the background keeps per tab: each frame's latest report, merged for the badge and the popup. */
import { termOfKey } from './frames.ts';

export interface FrameState {
  documentId: string;
  counts: Record<string, number>;
  total: number;
  capped: boolean;
  /** A sub-frame's shown mentions as keys (frames.ts, mentionKey), one per mention; the top frame sends none. */
  keys?: string[];
  /** Whether the frame counts towards the badge (frames.ts, frameCounts); absent means it does. */
  counted?: boolean;
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

/**
 * Mentions on the tab, the frames that count together. A frame with keys adds each mention once however
 * many frames repeat it: a key counts as often as the frame that holds it most often.
 */
export function summarize(state: TabState | undefined): { counts: Record<string, number>; total: number; capped: boolean } {
  const counts: Record<string, number> = {};
  let total = 0;
  let capped = false;
  const most = new Map<string, number>();
  for (const frame of Object.values(state?.frames ?? {})) {
    if (frame.counted === false) continue;
    capped ||= frame.capped;
    if (frame.keys) {
      const here = new Map<string, number>();
      for (const key of frame.keys) here.set(key, (here.get(key) ?? 0) + 1);
      for (const [key, n] of here) most.set(key, Math.max(most.get(key) ?? 0, n));
      continue;
    }
    total += frame.total;
    for (const [term, n] of Object.entries(frame.counts)) counts[term] = (counts[term] ?? 0) + n;
  }
  for (const [key, n] of most) {
    const term = termOfKey(key);
    counts[term] = (counts[term] ?? 0) + n;
    total += n;
  }
  return { counts, total, capped };
}

/** The badge: empty when there is nothing, "5k+" when capped. */
export function badgeText(total: number, capped: boolean): string {
  if (capped) return '5k+';
  if (total <= 0) return '';
  return total > 999 ? `${Math.floor(total / 1000)}k+` : String(total);
}
