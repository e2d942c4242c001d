// Which of a document's mentions are highlighted and counted: the visible ones, not muted on the site,
// admitted by relevance, and at most a cap of them, those nearest the reader first.
import type { Relevance, Weighed } from './relevance.ts';

/** The cap on highlights per page: past it, rendering every range costs more than the reader gains. */
export const HIGHLIGHT_CAP = 5000;

/** What the selection needs to know of a mention. */
export interface Showable extends Weighed {
  /** The term's pack-qualified key (docs/decisions/002). */
  readonly key: string;
  /** Scan order, which is document order within one scan. */
  readonly seq: number;
  readonly hidden: boolean;
}

export interface ShownSelection<M> {
  /** In document order. */
  shown: M[];
  /** Shown mentions by term key. */
  counts: Record<string, number>;
  /** True when more mentions were eligible than the cap. */
  capped: boolean;
}

export interface ShowRules<M extends Showable> {
  /** Term keys muted on this site. */
  readonly muted: ReadonlySet<string>;
  readonly relevance: Pick<Relevance<M>, 'admits'>;
  /** Scan order of the mention nearest the viewport; null before anything is known (the top). */
  readonly anchorSeq: number | null;
  readonly cap?: number;
}

/** The mentions to highlight, and their counts by term. */
export function selectShown<M extends Showable>(mentions: Iterable<M>, rules: ShowRules<M>): ShownSelection<M> {
  const cap = rules.cap ?? HIGHLIGHT_CAP;
  let eligible: M[] = [];
  for (const m of mentions) {
    if (m.hidden || rules.muted.has(m.key) || !rules.relevance.admits(m)) continue;
    eligible.push(m);
  }
  const capped = eligible.length > cap;
  if (capped) {
    const anchor = rules.anchorSeq ?? 0;
    eligible.sort((a, b) => Math.abs(a.seq - anchor) - Math.abs(b.seq - anchor));
    eligible = eligible.slice(0, cap);
  }
  eligible.sort((a, b) => a.seq - b.seq);
  const counts: Record<string, number> = {};
  for (const m of eligible) counts[m.key] = (counts[m.key] ?? 0) + 1;
  return { shown: eligible, counts, capped };
}
